package eu.clusterbridge.matchmaking;

import java.util.List;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.TokenScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The day over JSON: presence, freed slots, walk-ins, outcomes and the marketplace, with field errors for bad input. */
@IntegrationTest
class OnSiteApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MatchmakingFixtures fixtures;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Test
    void theDeskWalkInsAndSurveysWorkOverTheApi() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(4, 2));
        List<Participant> p = fixtures.register(event, 4);
        fixtures.request(event, p.get(0), p.get(1), 3);
        scheduling.runNow(event.id());
        Meeting freed = board.agendaOf(p.get(0).id()).get(0);
        SecurityContextHolder.clearContext();
        RequestPostProcessor organiser = organiser();

        for (int i : new int[] {1, 2, 3}) {
            mark(p.get(i), "CHECKED_IN", organiser).andExpect(status().isOk()).andExpect(jsonPath("$.presence").value("CHECKED_IN"));
        }
        mark(p.get(0), "NO_SHOW", organiser).andExpect(status().isOk()).andExpect(jsonPath("$.meetings").value(0));
        JsonNode presence = json(mvc.perform(get("/api/matchmaking/events/" + event.id() + "/presence").with(organiser))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(presence.valueStream().filter(e -> e.get("presence").asString().equals("CHECKED_IN")).count()).isEqualTo(3);
        mvc.perform(get("/api/matchmaking/events/" + event.id() + "/freed-slots").with(organiser))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].slotNumber").value(freed.slotNumber()));

        JsonNode suggestions = json(mvc.perform(get("/api/matchmaking/events/" + event.id() + "/walk-ins")
                        .param("slot", String.valueOf(freed.slotNumber())).with(organiser))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode best = suggestions.get(0);
        String walkIn = json(mvc.perform(post("/api/matchmaking/events/" + event.id() + "/walk-ins").with(organiser)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"a": %d, "b": %d, "slot": %d, "table": %d}""".formatted(best.get("aId").asLong(),
                                best.get("bId").asLong(), best.get("slotNumber").asInt(), best.get("tableNumber").asInt())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.placedBy").value("WALK_IN"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(put("/api/matchmaking/meetings/" + walkIn + "/outcomes/" + best.get("aId").asLong()).with(organiser)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome": "COOPERATION_POSSIBLE", "comment": "Pilot in 2027"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("COOPERATION_POSSIBLE"));
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        MatchmakingEvent event = fixtures.create(MatchmakingFixtures.aMorningEvent(2, 1));
        List<Participant> p = fixtures.register(event, 2);
        SecurityContextHolder.clearContext();
        RequestPostProcessor organiser = organiser();

        mark(p.get(0), "LATE", organiser).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'presence')]").exists());
        mark(p.get(0), null, organiser).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'presence')]").exists());
        mvc.perform(post("/api/matchmaking/events/" + event.id() + "/walk-ins").with(organiser)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"a\": " + p.get(0).id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'b')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'slot')]").exists());
        mvc.perform(get("/api/matchmaking/events/" + event.id() + "/marketplace").param("kind", "GIFT"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
        mvc.perform(get("/api/matchmaking/events/" + event.id() + "/marketplace"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
    }

    private org.springframework.test.web.servlet.ResultActions mark(Participant participant, String presence, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(put("/api/matchmaking/participants/" + participant.id() + "/presence").with(who)
                .contentType(MediaType.APPLICATION_JSON).content(presence == null ? "{}" : "{\"presence\": \"" + presence + "\"}"));
    }

    private RequestPostProcessor organiser() {
        TestAccounts accounts = new TestAccounts(context);
        return TestAccounts.bearer(accounts.token(accounts.administrator(), TokenScope.WRITE_MATCHMAKING));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
