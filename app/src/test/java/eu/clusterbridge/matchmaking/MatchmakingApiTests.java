package eu.clusterbridge.matchmaking;

import java.util.List;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.TokenScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MatchmakingApiTests {

    static final String BUYER_SUPPLIER_EVENT = """
            {"name": "EU-Canada cluster matchmaking", "venue": "Montréal", "online": false, "timeZone": "America/Toronto",
             "registrationDeadline": "2027-05-01", "slotMinutes": 20, "pauseMinutes": 10, "requestMode": "APPROVAL",
             "requestExpiryDays": 7, "anyToAny": false, "maxMeetings": 8,
             "sessions": [{"name": "Day 1 morning", "day": "2027-05-11", "starts": "09:00", "ends": "10:30"},
                          {"name": "Day 1 afternoon", "day": "2027-05-11", "starts": "14:00", "ends": "15:00"}],
             "tables": ["A1", "A2", "A3"],
             "types": [{"code": "buyer", "name": "Buyer", "maxMeetings": 6}, {"code": "supplier", "name": "Supplier"}],
             "rules": [{"requester": "buyer", "target": "supplier"}]}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private String organiserToken;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    eu.clusterbridge.directory.Organisations organisations;

    @Test
    void anEventsSlotsAreDerivedFromItsSessionsSlotLengthAndPauseInItsTimeZone() throws Exception {
        JsonNode event = create(BUYER_SUPPLIER_EVENT);
        List<String> starts = event.get("slots").valueStream().map(s -> s.get("startsAt").asString()).toList();
        // 09:00-10:30 with 20 + 10 minutes: 09:00, 09:30, 10:00; 14:00-15:00: 14:00, 14:30 (EDT is UTC-4 in May).
        assertThat(starts).containsExactly("2027-05-11T13:00:00Z", "2027-05-11T13:30:00Z", "2027-05-11T14:00:00Z",
                "2027-05-11T18:00:00Z", "2027-05-11T18:30:00Z");
        assertThat(event.get("slots").valueStream().map(s -> s.get("number").asInt()).toList()).containsExactly(1, 2, 3, 4, 5);
        assertThat(event.get("tables").valueStream().map(t -> t.get("name").asString()).toList()).containsExactly("A1", "A2", "A3");
        assertThat(event.get("setup").get("rules").get(0).get("requester").asString()).isEqualTo("buyer");
    }

    @Test
    void anInvalidSetUpIsRejectedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("select count(*) from matchmaking_event").query(Long.class).single();
        mvc.perform(post("/api/matchmaking/events").with(operator()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "", "online": false, "timeZone": "Mars/Olympus", "slotMinutes": 2, "pauseMinutes": 0,
                         "requestMode": "APPROVAL", "anyToAny": false, "maxMeetingsPerSession": 0,
                         "sessions": [{"day": "2027-05-11", "starts": "10:00", "ends": "09:00"},
                                      {"day": "2027-05-12", "starts": "09:00", "ends": "09:10"}],
                         "tables": [], "types": [{"code": "buyer", "name": "Buyer"}],
                         "rules": [{"requester": "buyer", "target": "seller"}]}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'venue')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'timeZone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'slotMinutes')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'tables')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'sessions[0].ends')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'rules[0].target')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxMeetingsPerSession')]").exists());
        assertThat(jdbc.sql("select count(*) from matchmaking_event").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void changesNeedTheOperator() throws Exception {
        mvc.perform(post("/api/matchmaking/events").contentType(MediaType.APPLICATION_JSON).content(BUYER_SUPPLIER_EVENT))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/matchmaking/events")).andExpect(status().isOk());
    }

    @Test
    void theBookingRulesDecideWhoMayRequestWhomAndRequestsWaitForApproval() throws Exception {
        long event = create(BUYER_SUPPLIER_EVENT).get("event").get("id").asLong();
        List<Long> orgs = organisations.all().stream().limit(2).map(o -> o.getId()).toList();
        long buyer = register(event, orgs.get(0), "buyer");
        long supplier = register(event, orgs.get(1), "supplier");

        mvc.perform(post("/api/matchmaking/events/" + event + "/requests").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requesterId\": " + supplier + ", \"targetId\": " + buyer + ", \"priority\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetId"));
        mvc.perform(post("/api/matchmaking/events/" + event + "/requests").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requesterId\": " + buyer + ", \"targetId\": " + supplier + ", \"priority\": 9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"));
        String body = mvc.perform(post("/api/matchmaking/events/" + event + "/requests").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requesterId\": " + buyer + ", \"targetId\": " + supplier + ", \"priority\": 4, \"message\": \"Packaging\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long request = JSON.readTree(body).get("id").asLong();
        mvc.perform(post("/api/matchmaking/requests/" + request + "/accept").with(operator()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/matchmaking/requests/" + request + "/decline").with(operator()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/matchmaking/events/" + event + "/requests").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requesterId\": " + buyer + ", \"targetId\": " + supplier + ", \"priority\": 2}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOrganisationRegistersOnceWithAKnownTypeAndSlotsOfTheEvent() throws Exception {
        long event = create(BUYER_SUPPLIER_EVENT).get("event").get("id").asLong();
        long org = organisations.all().get(5).getId();
        mvc.perform(post("/api/matchmaking/events/" + event + "/participants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": " + org + ", \"type\": \"pirate\", \"contactEmail\": \"nope\", \"unavailableSlots\": [9]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'contactEmail')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'unavailableSlots[0]')]").exists());
        mvc.perform(post("/api/matchmaking/events/" + event + "/participants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": " + org + ", \"type\": \"supplier\", \"ownTable\": true, \"unavailableSlots\": [2],"
                                + " \"contactName\": \"Ana\", \"contactEmail\": \"ana@example.org\","
                                + " \"items\": [{\"kind\": \"OFFER\", \"title\": \"Recyclable trays\", \"fields\": {\"TRL\": \"7\"}}]}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/matchmaking/events/" + event + "/participants").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": " + org + ", \"type\": \"supplier\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        mvc.perform(get("/api/matchmaking/events/" + event + "/participants")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].contactEmail").doesNotExist());
        mvc.perform(get("/api/matchmaking/events/" + event + "/requests")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/matchmaking/events/" + event + "/requests").with(operator())).andExpect(status().isOk());
        mvc.perform(get("/api/matchmaking/events/" + event)).andExpect(jsonPath("$.tables.length()").value(4))
                .andExpect(jsonPath("$.tables[3].hostId").isNumber());
    }

    @Test
    void theSlotTimesChangeWhileNothingIsScheduledAndOnlyNamesOnceMeetingsAre() throws Exception {
        long event = create(BUYER_SUPPLIER_EVENT).get("event").get("id").asLong();
        String noPauses = BUYER_SUPPLIER_EVENT.replace("\"pauseMinutes\": 10", "\"pauseMinutes\": 0");
        mvc.perform(put("/api/matchmaking/events/" + event).with(operator()).contentType(MediaType.APPLICATION_JSON).content(noPauses))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slots.length()").value(7));

        List<Long> orgs = organisations.all().stream().skip(10).limit(2).map(o -> o.getId()).toList();
        long buyer = register(event, orgs.get(0), "buyer");
        long supplier = register(event, orgs.get(1), "supplier");
        String body = mvc.perform(post("/api/matchmaking/events/" + event + "/requests").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requesterId\": " + buyer + ", \"targetId\": " + supplier + ", \"priority\": 4}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/matchmaking/requests/" + JSON.readTree(body).get("id").asLong() + "/accept").with(operator()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/matchmaking/events/" + event + "/meetings").with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"a\": " + buyer + ", \"b\": " + supplier + ", \"slot\": 1, \"table\": 1}"))
                .andExpect(status().isCreated());

        mvc.perform(put("/api/matchmaking/events/" + event).with(operator()).contentType(MediaType.APPLICATION_JSON).content(BUYER_SUPPLIER_EVENT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sessions"));
        mvc.perform(put("/api/matchmaking/events/" + event).with(operator()).contentType(MediaType.APPLICATION_JSON)
                        .content(noPauses.replace("Day 1 morning", "Opening B2B").replace("EU-Canada", "EU–Canada")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event.name").value("EU–Canada cluster matchmaking"))
                .andExpect(jsonPath("$.sessions[0].name").value("Opening B2B"))
                .andExpect(jsonPath("$.slots.length()").value(7));
    }

    private JsonNode create(String json) throws Exception {
        String body = mvc.perform(post("/api/matchmaking/events").with(operator()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private long register(long event, long organisation, String type) throws Exception {
        String body = mvc.perform(post("/api/matchmaking/events/" + event + "/participants").with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"organisationId\": " + organisation + ", \"type\": \"" + type + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    /** The organiser (the administrator, see EventAccess) calling the API with a token scoped to matchmaking. */
    private RequestPostProcessor operator() {
        if (organiserToken == null) {
            TestAccounts accounts = new TestAccounts(context);
            organiserToken = accounts.token(accounts.administrator(), TokenScope.WRITE_MATCHMAKING);
        }
        return TestAccounts.bearer(organiserToken);
    }
}
