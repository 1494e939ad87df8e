package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.shared.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On the day: check-in, undo, no-shows freeing their meetings, and walk-in meetings in the freed slots. */
@IntegrationTest
class OnSiteTests {

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    CheckIns checkIns;

    @Autowired
    WalkIns walkIns;

    @Autowired
    ScheduleBoard board;

    @Autowired
    Scheduling scheduling;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void checkInUndoAndSearchAsYouType() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        List<Participant> p = fixtures.register(event, 4);
        Participant someone = p.get(2);
        String part = someone.displayName().substring(1, Math.min(6, someone.displayName().length())).toUpperCase();

        assertThat(checkIns.checkIn(someone.id()).presence()).isEqualTo(Presence.CHECKED_IN);
        assertThat(checkIns.checkIn(someone.id()).presence()).as("twice does no harm").isEqualTo(Presence.CHECKED_IN);
        List<OnSiteParticipant> found = checkIns.search(event.id(), part);
        assertThat(found).extracting(e -> e.participant().id()).contains(someone.id());
        assertThat(found).allMatch(e -> e.participant().displayName().toUpperCase().contains(part));
        assertThat(checkIns.search(event.id(), "")).hasSize(4)
                .filteredOn(e -> e.presence() == Presence.CHECKED_IN).extracting(e -> e.participant().id()).containsExactly(someone.id());

        assertThat(checkIns.undo(someone.id()).presence()).isEqualTo(Presence.EXPECTED);
        assertThat(checkIns.presence(event.id())).doesNotContainKey(someone.id());
    }

    @Test
    void aNoShowsMeetingsAreFreedAndTheirSlotsListed() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        List<Participant> p = fixtures.register(event, 5);
        fixtures.request(event, p.get(0), p.get(1), 3);
        fixtures.request(event, p.get(0), p.get(2), 3);
        fixtures.request(event, p.get(3), p.get(4), 3);
        scheduling.runNow(event.id());
        List<Meeting> ofNoShow = board.agendaOf(p.get(0).id());
        assertThat(ofNoShow).hasSize(2);

        OnSiteParticipant marked = checkIns.noShow(p.get(0).id());

        assertThat(marked.presence()).isEqualTo(Presence.NO_SHOW);
        assertThat(marked.meetings()).isZero();
        assertThat(board.agendaOf(p.get(0).id())).isEmpty();
        assertThat(board.agendaOf(p.get(3).id())).as("other meetings stay").hasSize(1);
        assertThat(walkIns.freedSlots(event.id())).extracting(FreedSlot::slotNumber, FreedSlot::tableNumber)
                .containsExactlyInAnyOrderElementsOf(ofNoShow.stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.slotNumber(), m.tableNumber())).toList());
        assertThat(walkIns.freedSlots(event.id())).allMatch(f -> f.noShowId() == p.get(0).id());
    }

    @Test
    void aNoShowWhoTurnsUpGetsBackTheFreedMeetingsNobodyTookMeanwhile() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        List<Participant> p = fixtures.register(event, 4);
        fixtures.request(event, p.get(0), p.get(1), 3);
        fixtures.request(event, p.get(0), p.get(2), 3);
        scheduling.runNow(event.id());
        Meeting withP1 = board.agendaOf(p.get(0).id()).stream().filter(m -> m.involves(p.get(1).id())).findFirst().orElseThrow();
        Meeting withP2 = board.agendaOf(p.get(0).id()).stream().filter(m -> m.involves(p.get(2).id())).findFirst().orElseThrow();
        checkIns.noShow(p.get(0).id());
        for (int i : new int[] {1, 2, 3}) {
            checkIns.checkIn(p.get(i).id());
        }
        // Meanwhile p1 meets p3 in the slot p0 left free.
        walkIns.confirm(event.id(), p.get(1).id(), p.get(3).id(), withP1.slotNumber(), withP1.tableNumber());

        OnSiteParticipant late = checkIns.checkIn(p.get(0).id());

        assertThat(late.meetings()).isEqualTo(1);
        assertThat(board.agendaOf(p.get(0).id())).singleElement()
                .satisfies(m -> assertThat(m.involves(p.get(2).id())).isTrue())
                .extracting(Meeting::slotNumber, Meeting::tableNumber).containsExactly(withP2.slotNumber(), withP2.tableNumber());
        assertThat(walkIns.freedSlots(event.id())).as("the meeting with p1 stays freed, its slot taken by the walk-in").isEmpty();
        assertThat(checkIns.undo(p.get(0).id()).meetings()).as("undoing a check-in changes no meeting").isEqualTo(1);
    }

    @Test
    void walkInSuggestionsPreferOpenRequestsByWeightAndOnlyCheckedInFreePeople() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 3));
        List<Participant> p = fixtures.register(event, 6);
        fixtures.request(event, p.get(0), p.get(1), 5);
        scheduling.runNow(event.id());
        Meeting scheduled = board.agendaOf(p.get(0).id()).get(0);
        // Requests sent after the run: accepted (automatic mode) but not on the board.
        fixtures.request(event, p.get(2), p.get(3), 2);
        fixtures.request(event, p.get(2), p.get(4), 4);
        fixtures.request(event, p.get(4), p.get(2), 1);
        for (int i : new int[] {0, 2, 3, 4}) {
            checkIns.checkIn(p.get(i).id());
        }
        int busySlot = scheduled.slotNumber();

        List<WalkInSuggestion> inBusySlot = walkIns.suggestions(event.id(), busySlot);
        assertThat(inBusySlot).as("p0 meets p1 then; p1, p5 are not checked in")
                .allMatch(s -> Set.of(p.get(2).id(), p.get(3).id(), p.get(4).id()).containsAll(Set.of(s.aId(), s.bId())));

        int freeSlot = busySlot == 1 ? 2 : 1;
        List<WalkInSuggestion> suggestions = walkIns.suggestions(event.id(), freeSlot);
        assertThat(suggestions.get(0)).extracting(WalkInSuggestion::rank, WalkInSuggestion::weight).containsExactly(1, 4 + 1 + 3);
        assertThat(Set.of(suggestions.get(0).aId(), suggestions.get(0).bId())).isEqualTo(Set.of(p.get(2).id(), p.get(4).id()));
        assertThat(suggestions.get(1)).extracting(WalkInSuggestion::rank, WalkInSuggestion::weight).containsExactly(1, 2);
        assertThat(suggestions.subList(2, suggestions.size())).allMatch(s -> s.rank() == 3);
        Set<Long> suggested = suggestions.stream().flatMap(s -> java.util.stream.Stream.of(s.aId(), s.bId())).collect(Collectors.toSet());
        assertThat(suggested).doesNotContain(p.get(1).id(), p.get(5).id());
        assertThat(suggestions).as("p0 and p1 have met").noneMatch(s -> Set.of(s.aId(), s.bId()).equals(Set.of(p.get(0).id(), p.get(1).id())));

        WalkInSuggestion best = suggestions.get(0);
        Meeting placed = walkIns.confirm(event.id(), best.aId(), best.bId(), best.slotNumber(), best.tableNumber());
        assertThat(placed.placedBy()).isEqualTo("WALK_IN");
        assertThat(placed.slotNumber()).isEqualTo(freeSlot);
        assertThat(walkIns.suggestions(event.id(), freeSlot)).as("both are busy now")
                .noneMatch(s -> Set.of(s.aId(), s.bId()).contains(p.get(2).id()) || Set.of(s.aId(), s.bId()).contains(p.get(4).id()));
        assertThatThrownBy(() -> walkIns.confirm(event.id(), p.get(2).id(), p.get(3).id(), freeSlot, best.tableNumber()))
                .isInstanceOf(BoardConflict.class).hasMessageContaining("already meets");
        assertThatThrownBy(() -> walkIns.confirm(event.id(), p.get(3).id(), p.get(5).id(), freeSlot, 3))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("checked in");
    }

    @Test
    void walkInsKeepTheMeetingLimitsThatMovesOfExistingMeetingsDoNotTouch() {
        EventSetup base = MatchmakingFixtures.aMorningEvent(4, 3);
        MatchmakingEvent event = fixtures.create(new EventSetup(base.name(), base.venue(), base.online(), base.timeZone(),
                base.registrationDeadline(), base.slotMinutes(), base.pauseMinutes(), base.requestMode(), base.requestExpiryDays(),
                base.anyToAny(), 1, base.fairness(), base.maxMeetingsPerSession(), base.sessions(), base.tables(), base.types(),
                base.rules()));
        List<Participant> p = fixtures.register(event, 4);
        fixtures.request(event, p.get(0), p.get(1), 3);
        scheduling.runNow(event.id());
        Meeting held = board.agendaOf(p.get(0).id()).get(0);
        for (Participant each : p) {
            checkIns.checkIn(each.id());
        }
        int freeSlot = held.slotNumber() == 1 ? 2 : 1;

        assertThat(walkIns.suggestions(event.id(), freeSlot)).as("p0 and p1 hold the one meeting each may have")
                .isNotEmpty()
                .allMatch(s -> Set.of(s.aId(), s.bId()).equals(Set.of(p.get(2).id(), p.get(3).id())));
        assertThatThrownBy(() -> walkIns.confirm(event.id(), p.get(0).id(), p.get(2).id(), freeSlot, 3))
                .isInstanceOf(BoardConflict.class).hasMessageContaining("already has 1 meeting (the limit is 1)");
        assertThat(board.move(held.id(), freeSlot, held.tableNumber()).slotNumber()).as("a move adds no meeting").isEqualTo(freeSlot);
    }

    @Test
    void aReRunOfTheSchedulerKeepsWalkInsWhereTheyAre() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        List<Participant> p = fixtures.register(event, 4);
        fixtures.request(event, p.get(0), p.get(1), 3);
        scheduling.runNow(event.id());
        checkIns.checkIn(p.get(2).id());
        checkIns.checkIn(p.get(3).id());
        Meeting walkIn = walkIns.confirm(event.id(), p.get(2).id(), p.get(3).id(), 2, 2);
        fixtures.request(event, p.get(1), p.get(2), 4); // a new request to schedule

        scheduling.runNow(event.id());

        assertThat(board.agendaOf(p.get(2).id())).filteredOn(m -> m.involves(p.get(3).id())).singleElement()
                .extracting(Meeting::slotNumber, Meeting::tableNumber, Meeting::placedBy).containsExactly(2, 2, "WALK_IN");
        assertThat(board.agendaOf(p.get(2).id())).as("the new request is scheduled around it")
                .anyMatch(m -> m.involves(p.get(1).id()) && m.slotNumber() != walkIn.slotNumber());
        assertThat(board.agendaOf(p.get(0).id())).as("the requested meeting stays").hasSize(1);
    }

    @Test
    void onlyTheOrganiserWorksTheDesk() {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 1));
        Participant someone = fixtures.register(event, 1).get(0);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority("ROLE_VALIDATOR"))));
        assertThatThrownBy(() -> checkIns.checkIn(someone.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.noShow(someone.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.search(event.id(), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> walkIns.suggestions(event.id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> walkIns.confirm(event.id(), someone.id(), someone.id(), 1, 1)).isInstanceOf(AccessDeniedException.class);
        MatchmakingFixtures.actAsOperator();
        assertThat(checkIns.presence(event.id())).isEmpty();
    }
}
