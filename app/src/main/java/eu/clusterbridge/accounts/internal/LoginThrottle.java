package eu.clusterbridge.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for one e-mail address from one IP
 * address, each further failure locks that pair out for twice as long (30 s, 1 min, 2 min… at most 15 min);
 * after {@value #FREE_ATTEMPTS_PER_ACCOUNT} failures from any address the e-mail itself is locked the same way,
 * against guessing spread over many IP addresses. Kept in memory (one application instance, see decision 0007):
 * no database write per failed attempt, and a restart only forgets counters.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ACCOUNT = 20;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String email, String ip) {
        Instant now = clock.instant();
        return lockedAt(pairKey(email, ip), now) || lockedAt(accountKey(email), now);
    }

    public void failed(String email, String ip) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // bounded memory under a flood of made-up names; counting starts again
        }
        count(pairKey(email, ip), FREE_ATTEMPTS);
        count(accountKey(email), FREE_ATTEMPTS_PER_ACCOUNT);
    }

    public void succeeded(String email, String ip) {
        failures.remove(pairKey(email, ip));
        failures.remove(accountKey(email));
    }

    private boolean lockedAt(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil());
    }

    private void count(String key, int freeAttempts) {
        failures.compute(key, (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            Instant lockedUntil = null;
            if (count >= freeAttempts) {
                long factor = 1L << Math.min(count - freeAttempts, 10);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                lockedUntil = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, lockedUntil);
        });
    }

    private static String pairKey(String email, String ip) {
        return Account.normalise(String.valueOf(email)) + "|" + ip;
    }

    private static String accountKey(String email) {
        return Account.normalise(String.valueOf(email));
    }
}
