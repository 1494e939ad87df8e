package eu.clusterbridge.matchmaking.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.EventSetup.SessionSpec;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestMode;
import eu.clusterbridge.matchmaking.RequestSpec;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Partnerships;
import org.springframework.stereotype.Component;

/**
 * The demo event built from the seeds: an EU–Canada cluster matchmaking in Montréal. The EU participants are the
 * partners of the seed partnerships that target Canada; the Canadian participants are the Canadian cluster
 * organisations of the seeds, each hosting at their own table. Requests are generated from a fixed seed, so
 * every fresh database gets the same event.
 */
@Component
public class DemoEvent {

    static final String NAME = "EU–Canada cluster matchmaking (demo)";

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingRequests requests;
    private final Partnerships partnerships;
    private final Organisations organisations;

    public DemoEvent(MatchmakingEvents events, Registrations registrations, MeetingRequests requests, Partnerships partnerships,
                     Organisations organisations) {
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    /** Creates the event with participants and requests (not yet scheduled); call as the organiser. */
    public MatchmakingEvent create() {
        LocalDate day1 = LocalDate.of(2027, 5, 11);
        List<String> tables = new ArrayList<>();
        for (int t = 1; t <= 12; t++) {
            tables.add("Table " + t);
        }
        MatchmakingEvent event = events.create(new EventSetup(NAME, "Palais des congrès, Montréal", false, "America/Toronto",
                day1.minusDays(14), 20, 5, RequestMode.AUTOMATIC, null, false, 10, null, null,
                List.of(new SessionSpec("Day 1 morning", day1, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new SessionSpec("Day 1 afternoon", day1, LocalTime.of(14, 0), LocalTime.of(17, 0)),
                        new SessionSpec("Day 2 morning", day1.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 30))),
                tables,
                List.of(new EventSetup.TypeSpec("eu", "EU cluster", null), new EventSetup.TypeSpec("ca", "Canadian cluster", null)),
                List.of(new EventSetup.RuleSpec("eu", "ca"), new EventSetup.RuleSpec("ca", "eu"), new EventSetup.RuleSpec("eu", "eu"))),
                organiser());
        List<Participant> eu = new ArrayList<>();
        List<Participant> ca = new ArrayList<>();
        for (Map.Entry<Long, String> entry : participants().entrySet()) {
            boolean canadian = entry.getValue().equals("ca");
            Participant p = registrations.register(event.id(), new Registration(entry.getKey(), entry.getValue(), null, null, null, null,
                    List.of(), List.of(), canadian, List.of()));
            (canadian ? ca : eu).add(p);
        }
        generateRequests(event, eu, ca);
        return event;
    }

    /**
     * The first seed partnership targeting Canada organises the event through its coordinator, or its first listed
     * partner where the seed names no coordinator (the owners and editors of that published organisation).
     */
    public Long organiser() {
        return partnerships.all().stream().filter(p -> p.getTargetMarkets().contains("CA"))
                .flatMap(p -> p.getPartners().stream().sorted(java.util.Comparator.comparing((Partner partner) -> !partner.coordinator())))
                .map(Partner::organisationId)
                .filter(id -> id != null && organisations.exists(id) && organisations.get(id).isPublished()).findFirst().orElse(null);
    }

    /** Organisation id → type: EU partners of partnerships targeting Canada, then Canadian cluster organisations. */
    private Map<Long, String> participants() {
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (Partnership partnership : partnerships.all()) {
            if (partnership.getTargetMarkets().contains("CA")) {
                partnership.getPartners().stream().map(Partner::organisationId).filter(id -> id != null)
                        .forEach(id -> chosen.putIfAbsent(id, "eu"));
            }
        }
        for (Organisation o : organisations.all()) {
            if ("CA".equals(o.getCountry()) && "CLUSTER_ORGANISATION".equals(o.getType())) {
                chosen.put(o.getId(), "ca");
            }
        }
        return chosen;
    }

    /** Every EU cluster asks for 3 Canadian and 2 EU clusters; every Canadian cluster asks for 6 EU clusters. */
    private void generateRequests(MatchmakingEvent event, List<Participant> eu, List<Participant> ca) {
        Random random = new Random(2027);
        for (Participant p : eu) {
            pick(random, ca, p, 3).forEach(target -> send(event, p, target, random));
            pick(random, eu, p, 2).forEach(target -> send(event, p, target, random));
        }
        for (Participant p : ca) {
            pick(random, eu, p, 6).forEach(target -> send(event, p, target, random));
        }
    }

    private void send(MatchmakingEvent event, Participant from, Participant to, Random random) {
        requests.send(event.id(), new RequestSpec(from.id(), to.id(), 1 + random.nextInt(5), "Generated for the demo"));
    }

    private static List<Participant> pick(Random random, List<Participant> from, Participant self, int count) {
        List<Participant> others = new ArrayList<>(from.stream().filter(p -> p.id() != self.id()).toList());
        java.util.Collections.shuffle(others, random);
        return others.subList(0, Math.min(count, others.size()));
    }
}
