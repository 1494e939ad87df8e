package eu.clusterbridge.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.clusterbridge.matchmaking.CheckIns;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The organiser's pages timed over HTTP with a signed-in browser session (form login with its CSRF token). */
final class OrganiserPages {

    static final String ADMIN = "admin@benchmark.localhost";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;

    private OrganiserPages(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static OrganiserPages signIn(ConfigurableApplicationContext context, String password) throws Exception {
        String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        return new OrganiserPages(client, base);
    }

    /** On the day: every other participant checked in, and 20 no-shows whose meetings are freed. */
    static void theDay(ConfigurableApplicationContext context, long eventId) {
        CheckIns checkIns = context.getBean(CheckIns.class);
        List<Participant> people = context.getBean(Registrations.class).ofEvent(eventId);
        for (int i = 0; i < people.size(); i++) {
            if (i % 50 == 1) {
                checkIns.noShow(people.get(i).id());
            } else if (i % 2 == 0) {
                checkIns.checkIn(people.get(i).id());
            }
        }
    }

    /** {@code count} GETs after a warm-up of 10, sorted milliseconds; any answer but 200 stops the benchmark. */
    double[] millis(int count, IntFunction<String> path) throws Exception {
        return TimedRequests.millis(client, 10, count, i -> base + path.apply(Math.floorMod(i, count)));
    }
}
