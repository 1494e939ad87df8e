package eu.clusterbridge.accounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static eu.clusterbridge.accounts.AccessMatrixTests.Persona.ADMINISTRATOR;
import static eu.clusterbridge.accounts.AccessMatrixTests.Persona.ANONYMOUS;
import static eu.clusterbridge.accounts.AccessMatrixTests.Persona.EDITOR;
import static eu.clusterbridge.accounts.AccessMatrixTests.Persona.MEMBER;
import static eu.clusterbridge.accounts.AccessMatrixTests.Persona.OTHER_OWNER;
import static eu.clusterbridge.accounts.AccessMatrixTests.Persona.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the application has (read from Spring MVC's own handler mapping, web pages and API alike) ×
 * every persona, against the rule table below. An endpoint without a rule fails the test, so a new endpoint
 * cannot ship without deciding who may call it; a rule without an endpoint fails too, so the table stays true.
 * <p>
 * "Allowed" means the security rules let the request through (whatever the endpoint then answers: 200, a
 * redirect, 400 for the deliberately empty input, 404); "denied" means 401, 403 or the redirect to the sign-in
 * page. Each request gets a new draft organisation in which MEMBER and EDITOR have their roles, so deleting or
 * changing it never disturbs the next request. No combination may end in a server error. Pages are called with a browser session and a CSRF token; the API
 * with a personal access token holding every scope.
 */
@IntegrationTest
class AccessMatrixTests {

    enum Persona { ANONYMOUS, MEMBER, EDITOR, OTHER_OWNER, VALIDATOR, ADMINISTRATOR }

    private static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
    private static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Persona> DRAFT_READERS = EnumSet.of(MEMBER, EDITOR, VALIDATOR, ADMINISTRATOR);
    private static final Set<Persona> ORGANISATION_EDITORS = EnumSet.of(EDITOR, ADMINISTRATOR);
    private static final Set<Persona> VALIDATORS = EnumSet.of(VALIDATOR, ADMINISTRATOR);
    private static final Set<Persona> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR);
    /** The matchmaking test event's organisers: editors of its organising organisation, and administrators. */
    private static final Set<Persona> MATCHMAKING_ORGANISERS = EnumSet.of(EDITOR, ADMINISTRATOR);
    /** People who own or edit some organisation (they may register it), and administrators. */
    private static final Set<Persona> REGISTRANTS = EnumSet.of(EDITOR, OTHER_OWNER, ADMINISTRATOR);

    /** The rule table: "METHOD pattern" → who may call it. Other modules add their rows here. */
    static final Map<String, Set<Persona>> RULES = new LinkedHashMap<>();

    static {
        // web: public pages
        rule("GET /", EVERYONE);
        rule("GET /error", EVERYONE);
        rule("GET /directory", EVERYONE);
        rule("GET /map", EVERYONE);
        rule("GET /events", EVERYONE);
        rule("GET /partnerships", EVERYONE);
        rule("GET /partnerships/{key}", EVERYONE);
        rule("GET /partnerships/of-organisation/{organisationId}", EVERYONE);
        // directory pages: drafts are seen by their people, validators and administrators
        rule("GET /organisations/{key}", DRAFT_READERS);
        rule("GET /organisations/new", SIGNED_IN);
        rule("POST /organisations", SIGNED_IN);
        rule("GET /organisations/{key}/edit", ORGANISATION_EDITORS);
        rule("POST /organisations/{key}", ORGANISATION_EDITORS);
        rule("POST /organisations/{key}/delete", ADMINISTRATORS); // and the organisation's owners (not a persona here)
        // partnerships are curated programme records: administrators change them
        rule("GET /partnerships/new", ADMINISTRATORS);
        rule("POST /partnerships", ADMINISTRATORS);
        rule("GET /partnerships/{key}/edit", ADMINISTRATORS);
        rule("POST /partnerships/{key}", ADMINISTRATORS);
        rule("POST /partnerships/{key}/delete", ADMINISTRATORS);
        // accounts
        rule("GET /signup", EVERYONE);
        rule("POST /signup", EVERYONE);
        rule("GET /signup/verify", EVERYONE);
        rule("GET /password-reset", EVERYONE);
        rule("POST /password-reset", EVERYONE);
        rule("GET /password-reset/change", EVERYONE);
        rule("POST /password-reset/change", EVERYONE);
        rule("GET /account", SIGNED_IN);
        rule("GET /account/export", SIGNED_IN);
        rule("POST /account/tokens", SIGNED_IN);
        rule("POST /account/tokens/{tokenId}/revoke", SIGNED_IN);
        rule("POST /account/delete", SIGNED_IN);
        rule("GET /invitations", EVERYONE);
        rule("POST /invitations", SIGNED_IN);
        rule("GET /organisations/{key}/members", ADMINISTRATORS); // and owners
        rule("POST /organisations/{key}/invitations", ADMINISTRATORS);
        rule("POST /organisations/{key}/members/{accountId}/role", ADMINISTRATORS);
        rule("POST /organisations/{key}/members/{accountId}/remove", ADMINISTRATORS);
        rule("GET /organisations/{key}/validation", ORGANISATION_EDITORS);
        rule("POST /organisations/{key}/validation", ORGANISATION_EDITORS);
        rule("GET /validation", VALIDATORS);
        rule("POST /validation/{key}/publish", VALIDATORS);
        rule("POST /validation/{key}/return", VALIDATORS);
        rule("GET /admin/audit", ADMINISTRATORS);
        // API: public reading, token changes
        rule("GET /api/search", EVERYONE);
        rule("GET /api/events", EVERYONE);
        rule("GET /api/organisations", EVERYONE);
        rule("GET /api/organisations/{id}", DRAFT_READERS);
        rule("POST /api/organisations", SIGNED_IN);
        rule("PUT /api/organisations/{id}", ORGANISATION_EDITORS);
        rule("DELETE /api/organisations/{id}", ADMINISTRATORS);
        rule("GET /api/partnerships", EVERYONE);
        rule("GET /api/partnerships/{id}", EVERYONE);
        rule("GET /api/partnerships/target-markets", EVERYONE);
        rule("POST /api/partnerships", ADMINISTRATORS);
        rule("PUT /api/partnerships/{id}", ADMINISTRATORS);
        rule("DELETE /api/partnerships/{id}", ADMINISTRATORS);
        rule("GET /api/data/export", EVERYONE);
        rule("POST /api/data/import", ADMINISTRATORS);
        rule("GET /api/account", SIGNED_IN);
        rule("GET /api/taxonomy/countries", EVERYONE);
        rule("GET /api/taxonomy/nuts", EVERYONE);
        rule("GET /api/taxonomy/organisation-types", EVERYONE);
        rule("GET /api/taxonomy/sectors", EVERYONE);
        rule("GET /api/taxonomy/value-chain-stages", EVERYONE);
        // partner recommendations: public reading, but a draft's recommendations only for its people
        rule("GET /partners", EVERYONE);
        rule("GET /organisations/{key}/partners", DRAFT_READERS);
        rule("GET /partnerships/{key}/partners", EVERYONE);
        rule("GET /api/organisations/{id}/recommendations", DRAFT_READERS);
        rule("GET /api/partnerships/{id}/recommendations", EVERYONE);
        rule("POST /api/recommendations", EVERYONE);
        // partner requests (partnersearch): public reading; everything else signed in (who manages a request is the
        // service's rule, tested in PartnerRequestFlowTests; here {id} is no request, so signed-in calls get 404)
        rule("GET /partner-requests", EVERYONE);
        rule("GET /partner-requests/{id}", EVERYONE);
        rule("GET /partner-requests/new", SIGNED_IN);
        rule("POST /partner-requests", SIGNED_IN);
        rule("GET /partner-requests/{id}/edit", SIGNED_IN);
        rule("POST /partner-requests/{id}", SIGNED_IN);
        rule("POST /partner-requests/{id}/close", SIGNED_IN);
        rule("POST /partner-requests/{id}/follow", SIGNED_IN);
        rule("POST /partner-requests/{id}/unfollow", SIGNED_IN);
        rule("POST /partner-requests/{id}/interest", SIGNED_IN);
        rule("POST /partner-requests/{id}/comments", SIGNED_IN);
        rule("GET /shortlist", SIGNED_IN);
        rule("POST /shortlist", SIGNED_IN);
        rule("POST /shortlist/{organisationId}/remove", SIGNED_IN);
        rule("GET /organisations/{key}/contact", SIGNED_IN); // a draft answers 404 (allowed by the rules)
        rule("POST /organisations/{key}/contact", SIGNED_IN);
        rule("GET /notifications", SIGNED_IN);
        rule("POST /notifications/read", SIGNED_IN);
        rule("GET /api/partner-requests", EVERYONE);
        rule("GET /api/partner-requests/{id}", EVERYONE);
        rule("POST /api/partner-requests", SIGNED_IN);
        rule("PUT /api/partner-requests/{id}", SIGNED_IN);
        rule("POST /api/partner-requests/{id}/close", SIGNED_IN);
        rule("POST /api/partner-requests/{id}/follow", SIGNED_IN);
        rule("DELETE /api/partner-requests/{id}/follow", SIGNED_IN);
        rule("POST /api/partner-requests/{id}/interest", SIGNED_IN);
        rule("GET /api/partner-requests/{id}/interest", SIGNED_IN);
        rule("GET /api/partner-requests/{id}/comments", EVERYONE);
        rule("POST /api/partner-requests/{id}/comments", SIGNED_IN);
        rule("GET /api/partner-requests/{id}/matches", EVERYONE);
        // matchmaking (decision 0009): the test event is organised by a published seed organisation of which EDITOR is an
        // editor (MatchmakingTarget); the event is not published, so its agendas, schedule and board are the organisers'
        // only. Registering needs an owner or editor of some organisation (REGISTRANTS); requests, the event's participants.
        rule("GET /matchmaking", EVERYONE);
        rule("GET /matchmaking/{key}", EVERYONE);
        rule("GET /matchmaking/new", MATCHMAKING_ORGANISERS); // an owner or editor of a published organisation
        rule("POST /matchmaking", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/edit", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/participants", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/participants", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/requests", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/requests/{id}/{answer:accept|decline|cancel}", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/schedule", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/schedule-runs", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/runs/{runId}/progress", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/publication", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/grid", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/meetings/{id}", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/meetings/{id}/conflicts", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/meetings/{id}/move", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/meetings/{id}/lock", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/agendas", EVERYONE); // says "not published yet" and lists no one
        rule("GET /matchmaking/{key}/agendas/{participantId}", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/agendas/{participantId}.pdf", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/agendas/{participantId}.ics", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/rotations", EVERYONE);
        rule("GET /matchmaking/{key}/marketplace", EVERYONE);
        rule("POST /matchmaking/{key}/marketplace/requests", MATCHMAKING_ORGANISERS); // and the participants' own people
        rule("GET /matchmaking/{key}/register", SIGNED_IN);
        rule("POST /matchmaking/{key}/register", REGISTRANTS);
        rule("GET /matchmaking/{key}/registrations/{participantId}/edit", MATCHMAKING_ORGANISERS); // and its owners and editors
        rule("POST /matchmaking/{key}/registrations/{participantId}", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/registrations/{participantId}/withdraw", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/mine", SIGNED_IN);
        rule("GET /matchmaking/calendar-feeds/{token}.ics", EVERYONE); // the secret token is the key (an unknown one: 404)
        rule("POST /matchmaking/{key}/registrations/{participantId}/calendar-feed", MATCHMAKING_ORGANISERS); // and its people
        rule("POST /matchmaking/mine/requests/{id}/{answer:accept|decline|cancel}", MATCHMAKING_ORGANISERS); // and the target's people
        // matchmaking on the day and after it (check-in, walk-ins, statistics, exports: the organisers'; surveys: the
        // participant's own people too, which none of these personas is for the test event's participant)
        rule("GET /matchmaking/{key}/check-in", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/check-in/{participantId}/arrived", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/check-in/{participantId}/no-show", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/check-in/{participantId}/undo", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/walk-ins", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/walk-ins", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/surveys/{participantId}", MATCHMAKING_ORGANISERS);
        rule("POST /matchmaking/{key}/surveys/{participantId}/{meetingId}", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/statistics", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/export/meetings.csv", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/export/participants.csv", MATCHMAKING_ORGANISERS);
        rule("GET /matchmaking/{key}/export/requests.csv", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/events", EVERYONE);
        rule("GET /api/matchmaking/events/{id}", EVERYONE);
        rule("POST /api/matchmaking/events", MATCHMAKING_ORGANISERS);
        rule("PUT /api/matchmaking/events/{id}", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/events/{id}/participants", EVERYONE);
        rule("POST /api/matchmaking/events/{id}/participants", REGISTRANTS);
        rule("GET /api/matchmaking/events/{id}/requests", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/events/{id}/requests", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/requests/{id}/accept", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/requests/{id}/decline", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/requests/{id}/cancel", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/events/{id}/schedule-runs", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/runs/{runId}", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/events/{id}/meetings", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/events/{id}/meetings", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/meetings/{meetingId}/conflicts", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/meetings/{meetingId}/move", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/meetings/{meetingId}/lock", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/events/{id}/publication", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/events/{id}/presence", MATCHMAKING_ORGANISERS);
        rule("PUT /api/matchmaking/participants/{participantId}/presence", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/events/{id}/freed-slots", MATCHMAKING_ORGANISERS);
        rule("GET /api/matchmaking/events/{id}/walk-ins", MATCHMAKING_ORGANISERS);
        rule("POST /api/matchmaking/events/{id}/walk-ins", MATCHMAKING_ORGANISERS);
        rule("PUT /api/matchmaking/meetings/{meetingId}/outcomes/{participantId}", MATCHMAKING_ORGANISERS); // and the participant's people
        rule("GET /api/matchmaking/events/{id}/marketplace", EVERYONE);
    }

    private static void rule(String endpoint, Set<Persona> allowed) {
        if (RULES.put(endpoint, allowed) != null) {
            throw new IllegalStateException("two rules for " + endpoint);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** A real, scheduled, unpublished matchmaking event, so the organiser-only pages are checked on real data. */
    private static MatchmakingTarget matchmakingEvent;

    @BeforeEach
    void aScheduledMatchmakingEvent() {
        if (matchmakingEvent == null) {
            matchmakingEvent = MatchmakingTarget.create(context);
        }
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> endpoints = endpoints();
        assertThat(endpoints.stream().filter(endpoint -> !RULES.containsKey(endpoint)).toList())
                .as("endpoints without a rule in AccessMatrixTests.RULES").isEmpty();
        assertThat(RULES.keySet().stream().filter(rule -> !endpoints.contains(rule)).toList())
                .as("rules whose endpoint no longer exists").isEmpty();
    }

    @Test
    void everyPersonaGetsExactlyWhatTheRuleTableSays() throws Exception {
        Personas personas = new Personas(new TestAccounts(context), context.getBean(Memberships.class), matchmakingEvent);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Set<Persona> allowed = RULES.get(endpoint);
            if (allowed == null) {
                continue; // reported by the other test
            }
            for (Persona persona : Persona.values()) {
                MockHttpServletResponse response = perform(endpoint, persona, personas);
                boolean wasAllowed = !denied(response);
                if (wasAllowed != allowed.contains(persona)) {
                    wrong.add(endpoint + " as " + persona + ": expected " + (allowed.contains(persona) ? "allowed" : "denied")
                            + ", got " + response.getStatus() + " " + String.valueOf(response.getRedirectedUrl()));
                } else if (response.getStatus() >= 500 && !endpoint.equals("GET /error")) { // /error called directly reports 500 by design
                    wrong.add(endpoint + " as " + persona + ": server error " + response.getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The OpenAPI description and its browser (springdoc) are public documentation: no rule rows needed. */
    private static boolean isPublicDocumentation(String endpoint) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        return path.startsWith("/v3/api-docs") || path.startsWith("/api-docs") || path.startsWith("/swagger-ui");
    }

    /** "METHOD pattern" of every handler method; a mapping without methods counts as GET. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        endpoints.removeIf(AccessMatrixTests::isPublicDocumentation);
        return endpoints;
    }

    private MockHttpServletResponse perform(String endpoint, Persona persona, Personas personas) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        Organisation target = personas.freshOrganisation();
        if (pattern.startsWith("/matchmaking/") || pattern.startsWith("/api/matchmaking/")) {
            return perform(method, matchmakingEvent.path(pattern), persona, personas);
        }
        String path = pattern
                .replace("{key}", pattern.startsWith("/partnerships/") ? "adpack" : target.getKey())
                .replace("{id}", pattern.startsWith("/api/partnerships/") ? "999999" : String.valueOf(target.getId()))
                .replace("{organisationId}", String.valueOf(target.getId()))
                .replace("{accountId}", String.valueOf(personas.account(MEMBER).getId()))
                .replace("{tokenId}", "999999");
        return perform(method, path, persona, personas);
    }

    private MockHttpServletResponse perform(String method, String path, Persona persona, Personas personas) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        boolean api = path.startsWith("/api/");
        if (api && !method.equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (!api && !method.equals("GET")) {
            request.with(csrf());
        }
        if (persona != ANONYMOUS) {
            request.with(api ? TestAccounts.bearer(personas.token(persona)) : TestAccounts.session(personas.account(persona)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean denied(MockHttpServletResponse response) {
        String redirect = response.getRedirectedUrl();
        return response.getStatus() == 401 || response.getStatus() == 403
                || (redirect != null && redirect.endsWith("/login"));
    }

    /** One account per persona (made once), its token, and a new draft organisation per request. */
    private static final class Personas {

        private final TestAccounts accounts;
        private final Map<Persona, Account> byPersona = new EnumMap<>(Persona.class);
        private final Map<Persona, String> tokens = new EnumMap<>(Persona.class);

        Personas(TestAccounts accounts, Memberships memberships, MatchmakingTarget matchmaking) {
            this.accounts = accounts;
            byPersona.put(MEMBER, accounts.create("Member"));
            byPersona.put(EDITOR, accounts.create("Editor"));
            byPersona.put(OTHER_OWNER, accounts.create("Other owner"));
            byPersona.put(VALIDATOR, accounts.create("Validator", PlatformRole.VALIDATOR));
            byPersona.put(ADMINISTRATOR, accounts.create("Administrator", PlatformRole.ADMINISTRATOR));
            accounts.draftOrganisation("Other Cluster", byPersona.get(OTHER_OWNER), null, null);
            // EDITOR organises the matchmaking event: an editor of its (published) organising organisation
            memberships.join(byPersona.get(EDITOR).getId(), matchmaking.event().organiserId(), OrganisationRole.EDITOR);
            byPersona.forEach((persona, account) -> tokens.put(persona, accounts.token(account)));
        }

        Account account(Persona persona) {
            return byPersona.get(persona);
        }

        String token(Persona persona) {
            return tokens.get(persona);
        }

        Organisation freshOrganisation() {
            return accounts.draftOrganisation("Matrix Cluster", null, byPersona.get(EDITOR), byPersona.get(MEMBER));
        }
    }
}
