package eu.clusterbridge.matchmaking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Intention-revealing builders of events for the tests, acting as the operator. */
@Component
class MatchmakingFixtures {

    static final LocalDate DAY = LocalDate.of(2027, 3, 16);

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final Organisations organisations;
    private final ScheduleBoard board;

    MatchmakingFixtures(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, Organisations organisations,
                        ScheduleBoard board) {
        this.board = board;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.organisations = organisations;
    }

    /** The organiser's role in these tests: the administrator's (see EventAccess). */
    static final String ORGANISER_ROLE = "ADMINISTRATOR";

    static void actAsOperator() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "operator", null, List.of(new SimpleGrantedAuthority("ROLE_" + ORGANISER_ROLE))));
    }

    /** A signed-in organiser's browser session, for page requests. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor organiserSession() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("operator")
                .roles(ORGANISER_ROLE);
    }

    /** A morning of {@code slots} 20-minute slots with 5-minute pauses, any-to-any, automatic acceptance. */
    static EventSetup aMorningEvent(int slots, int tables) {
        LocalTime start = LocalTime.of(9, 0);
        List<String> tableNames = new ArrayList<>();
        for (int t = 1; t <= tables; t++) {
            tableNames.add("Table " + t);
        }
        return new EventSetup("Test brokerage " + UUID.randomUUID(), "Brussels", false, "Europe/Brussels", DAY.minusDays(7), 20, 5,
                RequestMode.AUTOMATIC, null, true, null, null, null,
                List.of(new EventSetup.SessionSpec("Morning", DAY, start, start.plusMinutes(25L * slots - 5))),
                tableNames, List.of(), List.of());
    }

    MatchmakingEvent create(EventSetup setup) {
        actAsOperator();
        return events.create(setup);
    }

    /** Registers the first {@code count} organisations of the directory. */
    List<Participant> register(MatchmakingEvent event, int count) {
        actAsOperator();
        List<Participant> registered = new ArrayList<>();
        for (Organisation organisation : organisations.all().subList(0, count)) {
            registered.add(registrations.register(event.id(), new Registration(organisation.getId(), null, "Contact", "contact@example.org",
                    null, null, List.of(), List.of(), false, List.of())));
        }
        return registered;
    }

    List<Meeting> meetings(MatchmakingEvent event) {
        return board.meetings(event.id());
    }

    MeetingRequest request(MatchmakingEvent event, Participant from, Participant to, int priority) {
        actAsOperator();
        return requests.send(event.id(), new RequestSpec(from.id(), to.id(), priority, "Let us meet"));
    }
}
