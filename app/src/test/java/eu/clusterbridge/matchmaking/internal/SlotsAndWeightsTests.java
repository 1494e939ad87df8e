package eu.clusterbridge.matchmaking.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import eu.clusterbridge.matchmaking.EventSetup.SessionSpec;
import eu.clusterbridge.matchmaking.MeetingRequest;
import eu.clusterbridge.matchmaking.RequestStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsAndWeightsTests {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 28); // the day Europe/Brussels moves to summer time

    @Test
    void aSessionHoldsAsManyWholeSlotsAsFitWithTheirPauses() {
        SessionSpec morning = new SessionSpec("Morning", DAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        assertThat(SlotPlanner.slotStarts(morning, 20, 5)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 25));
        assertThat(SlotPlanner.slotStarts(morning, 20, 0)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 20), LocalTime.of(9, 40));
        assertThat(SlotPlanner.slotStarts(morning, 90, 0)).isEmpty();
    }

    @Test
    void slotsAreNumberedInTimeOrderAcrossSessionsGivenInAnyOrder() {
        List<SlotPlanner.PlannedSlot> slots = SlotPlanner.plan(List.of(
                new SessionSpec("Day 2", DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(9, 40)),
                new SessionSpec("Day 1", DAY, LocalTime.of(9, 0), LocalTime.of(9, 40))), 20, 0, ZoneId.of("Europe/Brussels"));
        assertThat(slots).extracting(SlotPlanner.PlannedSlot::number).containsExactly(1, 2, 3, 4);
        assertThat(slots).extracting(SlotPlanner.PlannedSlot::session).containsExactly(1, 1, 0, 0);
        // Summer time began at 02:00 that morning: 09:00 is already +02:00, not the +01:00 of the day before.
        assertThat(slots.get(0).startsAt()).isEqualTo(OffsetDateTime.parse("2027-03-28T09:00+02:00"));
        assertThat(slots.get(3).startsAt()).isEqualTo(OffsetDateTime.parse("2027-03-29T09:20+02:00"));
    }

    @Test
    void aMutualMeetingIsWorthTheSumOfBothPrioritiesPlusTheBonusAndNeverLessThanAOneSidedOne() {
        List<MeetingWeights.Pair> pairs = MeetingWeights.pairs(List.of(request(1, 10, 20, 1), request(2, 20, 10, 1), request(3, 30, 10, 5)));
        assertThat(pairs).extracting(MeetingWeights.Pair::key).containsExactly("10-20", "10-30");
        assertThat(pairs.get(0).weight()).isEqualTo(1 + 1 + MeetingWeights.MUTUAL_BONUS).isGreaterThanOrEqualTo(5);
        assertThat(pairs.get(1).weight()).isEqualTo(5);
        assertThat(pairs.get(0).requests()).hasSize(2);
    }

    private static MeetingRequest request(long id, long from, long to, int priority) {
        return new MeetingRequest(id, 1, from, to, priority, null, RequestStatus.ACCEPTED, null, null);
    }
}
