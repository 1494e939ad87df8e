package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import org.junit.jupiter.api.Test;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

class EjectionRepairTest {

    @Test
    void aHeavierMeetingTakesTheSlotOfALighterOne() {
        Instance event = anEvent(1, 2).meeting("light", "a", "b", 1).meeting("heavy", "a", "c", 5).select();

        int[] repaired = EjectionRepair.improve(new SelectDomain(event), new int[] {1, 0}, new boolean[2], Long.MAX_VALUE);

        assertThat(repaired).containsExactly(0, 1);
    }

    @Test
    void theEjectedMeetingMovesToAnotherSlotWhenItCan() {
        Instance event = anEvent(2, 2).unavailable("c", 2).cap("c", 1)
                .meeting("light", "a", "b", 1).meeting("heavy", "a", "c", 5).select();

        int[] repaired = EjectionRepair.improve(new SelectDomain(event), new int[] {1, 0}, new boolean[2], Long.MAX_VALUE);

        assertThat(repaired).containsExactly(2, 1);
    }

    @Test
    void aParticipantAtTheirCapInABlockGivesUpTheirLightestMeetingThere() {
        // c can only meet in slot 2; a may hold one meeting per block, and holds "light" in slot 1 of the same block.
        Instance event = anEvent(4, 2).block(1, 2).block(3, 4).capPerBlock("a", 1).unavailable("c", 1, 3, 4)
                .meeting("light", "a", "b", 1).meeting("heavy", "a", "c", 5).select();

        int[] repaired = EjectionRepair.improve(new SelectDomain(event), new int[] {1, 0}, new boolean[2], Long.MAX_VALUE);

        assertThat(repaired).containsExactly(3, 2);
    }

    @Test
    void lockedMeetingsStay() {
        Instance event = anEvent(1, 2).meeting("light", "a", "b", 1).meeting("heavy", "a", "c", 5).select();

        int[] repaired = EjectionRepair.improve(new SelectDomain(event), new int[] {1, 0}, new boolean[] {true, false}, Long.MAX_VALUE);

        assertThat(repaired).containsExactly(1, 0);
    }
}
