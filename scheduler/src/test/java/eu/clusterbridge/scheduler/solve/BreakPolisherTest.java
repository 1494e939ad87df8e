package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import org.junit.jupiter.api.Test;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

class BreakPolisherTest {

    @Test
    void closesAGapByMovingAMeeting() {
        Instance event = anEvent(4, 2).meeting("ab", "a", "b").meeting("ac", "a", "c").select();
        SelectDomain domain = new SelectDomain(event);

        int[] polished = BreakPolisher.polish(domain, new int[] {1, 3}, new boolean[2], Long.MAX_VALUE);

        assertThat(ScheduleAssembly.totalBreaks(domain, polished)).isZero();
        assertThat(polished).doesNotContain(0);
    }

    @Test
    void leavesLockedMeetingsAlone() {
        Instance event = anEvent(4, 2).meeting("ab", "a", "b").meeting("ac", "a", "c").select();
        SelectDomain domain = new SelectDomain(event);

        int[] polished = BreakPolisher.polish(domain, new int[] {1, 3}, new boolean[] {true, true}, Long.MAX_VALUE);

        assertThat(polished).containsExactly(1, 3);
    }

    @Test
    void swapsTwoMeetingsOfOneParticipantToCloseAPartnersGap() {
        // b meets a in 1 and d in 3 (d can only meet in 3): b's gap closes only if a swaps b and c.
        Instance event = anEvent(3, 3).unavailable("d", 1, 2)
                .meeting("ab", "a", "b").meeting("ac", "a", "c").meeting("bd", "b", "d").select();
        SelectDomain domain = new SelectDomain(event);

        int[] polished = BreakPolisher.polish(domain, new int[] {1, 2, 3}, new boolean[3], Long.MAX_VALUE);

        assertThat(polished).containsExactly(2, 1, 3);
        assertThat(ScheduleAssembly.totalBreaks(domain, polished)).isZero();
    }
}
