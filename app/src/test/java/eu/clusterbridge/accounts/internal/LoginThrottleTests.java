package eu.clusterbridge.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The back-off of failed sign-ins, on a clock the test moves. */
class LoginThrottleTests {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T08:00:00Z");

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresAreFreeTheFifthLocksForThirtySecondsAndEachNextOneDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
        }
        assertThat(throttle.isLocked("a@example.org", "10.0.0.1")).isFalse();
        throttle.failed("A@example.org", "10.0.0.1");
        assertThat(throttle.isLocked("a@example.org", "10.0.0.1")).isTrue();
        assertThat(throttle.isLocked("a@example.org", "10.0.0.2")).as("another address, below the per-account limit").isFalse();

        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.isLocked("a@example.org", "10.0.0.1")).isFalse();
        throttle.failed("a@example.org", "10.0.0.1");
        clock.now = clock.now.plusSeconds(59);
        assertThat(throttle.isLocked("a@example.org", "10.0.0.1")).as("the sixth failure locks for 60 s").isTrue();
        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.isLocked("a@example.org", "10.0.0.1")).isFalse();
    }

    @Test
    void guessingFromManyAddressesLocksTheAccountAndSuccessForgetsTheFailures() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_ACCOUNT; i++) {
            throttle.failed("b@example.org", "10.0.1." + i);
        }
        assertThat(throttle.isLocked("b@example.org", "192.168.0.1")).isTrue();
        throttle.succeeded("b@example.org", "10.0.1.1");
        assertThat(throttle.isLocked("b@example.org", "192.168.0.1")).isFalse();
    }

    @Test
    void theLongestLockIsFifteenMinutes() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("c@example.org", "10.0.0.3");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.isLocked("c@example.org", "10.0.0.3")).isFalse();
    }
}
