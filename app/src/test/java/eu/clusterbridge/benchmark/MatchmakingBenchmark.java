package eu.clusterbridge.benchmark;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestMode;
import eu.clusterbridge.matchmaking.RequestSpec;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.matchmaking.Scheduling;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 5's goals in the app: an event of 1,000 participants and 5,000 requests scheduled (read, solve, explain,
 * save) in under two minutes; agenda pages under 100 ms. Builds the event through the services on a fresh
 * embedded PostgreSQL, times {@link Scheduling#runNow} and then GETs 300 agenda pages over HTTP; then, signed in as
 * the organiser, the grid (8 slots × 40 tables a page), the check-in desk of every participant, its htmx search and
 * the walk-in suggestions (see {@link OrganiserPages}).
 * <pre>./mvnw -q -pl app -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.clusterbridge.benchmark.MatchmakingBenchmark -Dexec.args="1000 5000"</pre>
 */
public final class MatchmakingBenchmark {

    private MatchmakingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int requestCount = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        try (ConfigurableApplicationContext context = BenchmarkApplication.start("clusterbridge-matchmaking-benchmark", true, false,
                "benchmark", "--server.port=0", "--clusterbridge.matchmaking.demo.enabled=false",
                "--clusterbridge.admin.email=" + OrganiserPages.ADMIN)) {
            context.getBean(Organisations.class).importAll(new SyntheticOrganisations(42).generate(participants));
            long[] event = new long[1];
            EventAccess.SystemWork.run(() -> event[0] = build(context, participants, requestCount));
            Scheduling scheduling = context.getBean(Scheduling.class);
            ScheduleRun[] run = new ScheduleRun[1];
            long start = System.nanoTime();
            EventAccess.SystemWork.run(() -> run[0] = scheduling.runNow(event[0]));
            double seconds = (System.nanoTime() - start) / 1e9;
            EventAccess.SystemWork.run(() -> context.getBean(ScheduleBoard.class).publish(event[0], true));
            double[] agenda = agendaMillis(context, event[0]);
            OrganiserPages organiser = OrganiserPages.signIn(context, "benchmark");
            String key = context.getBean(MatchmakingEvents.class).get(event[0]).key();
            EventAccess.SystemWork.run(() -> OrganiserPages.theDay(context, event[0]));
            double[] grid = organiser.millis(100, i -> "/matchmaking/" + key + "/grid?slot=" + (1 + 8 * (i % 4)) + "&table=" + (1 + 40 * (i % 5)));
            double[] desk = organiser.millis(50, i -> "/matchmaking/" + key + "/check-in");
            double[] search = organiser.millis(100, i -> "/matchmaking/" + key + "/check-in?q=" + (char) ('a' + i % 26) + (char) ('a' + i * 7 % 26));
            double[] walkIns = organiser.millis(20, i -> "/matchmaking/" + key + "/walk-ins?slot=" + (1 + i % 30));
            System.out.printf("organiser pages (ms, p50 / p95 / max): grid 8x40 %.1f / %.1f / %.1f; check-in page of %d %.1f / %.1f / %.1f; "
                            + "check-in search (htmx) %.1f / %.1f / %.1f; walk-in suggestions %.1f / %.1f / %.1f%n",
                    grid[grid.length / 2], grid[(int) (grid.length * 0.95)], grid[grid.length - 1], participants,
                    desk[desk.length / 2], desk[(int) (desk.length * 0.95)], desk[desk.length - 1],
                    search[search.length / 2], search[(int) (search.length * 0.95)], search[search.length - 1],
                    walkIns[walkIns.length / 2], walkIns[(int) (walkIns.length * 0.95)], walkIns[walkIns.length - 1]);
            System.out.printf("| %s | %d participants, %d requests (%d pairs) | %s in %.1f s (solver %.1f s) | %d meetings, weight %d, "
                            + "bound %d, gap %.2f %%, %d breaks, %d unplaced explained | agenda p50 %.1f ms, p95 %.1f ms, max %.1f ms |%n",
                    LocalDate.now(), participants, requestCount, run[0].requests(), run[0].state(), seconds, run[0].seconds(),
                    run[0].meetings(), run[0].weight(), run[0].boundWeight(), 100 * run[0].gap(), run[0].breaks(),
                    scheduling.unplaced(run[0].id()).size(), agenda[agenda.length / 2], agenda[(int) (agenda.length * 0.95)],
                    agenda[agenda.length - 1]);
        }
    }

    /** Two days of two sessions (30 slots of 20 minutes), 200 tables, random requests with priorities 1–5. */
    private static long build(ConfigurableApplicationContext context, int count, int requestCount) {
        LocalDate day = LocalDate.of(2027, 10, 5);
        List<String> tables = new ArrayList<>();
        for (int t = 1; t <= 200; t++) {
            tables.add("T" + t);
        }
        MatchmakingEvent event = context.getBean(MatchmakingEvents.class).create(new EventSetup("Benchmark brokerage", "Lyon", false,
                "Europe/Paris", null, 20, 5, RequestMode.AUTOMATIC, null, true, 12, null, null,
                List.of(new EventSetup.SessionSpec("D1 am", day, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new EventSetup.SessionSpec("D1 pm", day, LocalTime.of(14, 0), LocalTime.of(17, 0)),
                        new EventSetup.SessionSpec("D2 am", day.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new EventSetup.SessionSpec("D2 pm", day.plusDays(1), LocalTime.of(14, 0), LocalTime.of(17, 0))),
                tables, List.of(), List.of()));
        Registrations registrations = context.getBean(Registrations.class);
        List<Participant> people = new ArrayList<>();
        Random random = new Random(5);
        for (var organisation : context.getBean(Organisations.class).all()) {
            List<Integer> unavailable = random.nextInt(4) == 0 ? List.of(1 + random.nextInt(30), 1 + random.nextInt(30)) : List.of();
            people.add(registrations.register(event.id(), new Registration(organisation.getId(), null, null, null, null, null,
                    List.of(), unavailable.stream().distinct().toList(), false, List.of())));
        }
        MeetingRequests requests = context.getBean(MeetingRequests.class);
        Set<String> sent = new HashSet<>();
        while (sent.size() < requestCount) {
            Participant a = people.get(random.nextInt(people.size()));
            Participant b = people.get(random.nextInt(people.size()));
            if (a.id() != b.id() && sent.add(a.id() + ">" + b.id())) {
                requests.send(event.id(), new RequestSpec(a.id(), b.id(), 1 + random.nextInt(5), null));
            }
        }
        return event.id();
    }

    /** 300 agenda pages over HTTP after a warm-up of 50, sorted milliseconds. */
    private static double[] agendaMillis(ConfigurableApplicationContext context, long eventId) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        MatchmakingEvent event = context.getBean(MatchmakingEvents.class).get(eventId);
        List<Participant> people = context.getBean(Registrations.class).ofEvent(eventId);
        return TimedRequests.millis(HttpClient.newHttpClient(), 50, 300, i -> "http://localhost:" + port + "/matchmaking/" + event.key()
                + "/agendas/" + people.get(Math.floorMod(i * 7919, people.size())).id());
    }
}
