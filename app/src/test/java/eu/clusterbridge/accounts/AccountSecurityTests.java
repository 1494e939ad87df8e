package eu.clusterbridge.accounts;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccessTokens;
import eu.clusterbridge.directory.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tokens (scopes, revocation, no session on the API), throttled sign-in, ownership rules, GDPR export and erasure, headers. */
@IntegrationTest
class AccountSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aTokenDoesOnlyWhatItsScopesAndItsOwnerMayAndStopsWhenRevoked() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account editor = accounts.create("Token editor");
        Organisation organisation = accounts.draftOrganisation("Token Cluster", null, editor, null);
        String readOnly = accounts.token(editor, TokenScope.READ_ACCOUNT);
        String writer = accounts.token(editor, TokenScope.WRITE_ORGANISATIONS);
        String body = "{\"name\": \"Token Cluster renamed\", \"type\": \"CLUSTER_ORGANISATION\", \"country\": \"PT\"}";

        mvc.perform(get("/api/account").with(TestAccounts.bearer(readOnly)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(editor.getEmail()))
                .andExpect(content().string(not(containsString("password"))));
        mvc.perform(put("/api/organisations/" + organisation.getId()).with(TestAccounts.bearer(readOnly))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/organisations/" + organisation.getId()).with(TestAccounts.bearer(writer))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        mvc.perform(post("/api/data/import").with(TestAccounts.bearer(writer)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());

        long tokenId = context.getBean(AccessTokens.class).of(editor.getId()).stream()
                .filter(t -> t.getScopes().contains("write:organisations")).findFirst().orElseThrow().getId();
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(csrf()).with(TestAccounts.session(editor)))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(put("/api/organisations/" + organisation.getId()).with(TestAccounts.bearer(writer))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized()).andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }

    @Test
    void aBrowserSessionCannotChangeDataThroughTheApi() throws Exception {
        Account administrator = new TestAccounts(context).create("Session admin", PlatformRole.ADMINISTRATOR);
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        formLogin("/login").user(administrator.getEmail()).password(TestAccounts.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        mvc.perform(post("/api/organisations").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\", \"type\": \"SME\", \"country\": \"PT\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aNewTokenIsShownOnceAndOnlyItsHashIsKept() throws Exception {
        Account account = new TestAccounts(context).create("Token maker");
        var flash = mvc.perform(post("/account/tokens").with(csrf()).with(TestAccounts.session(account))
                        .param("name", "my script").param("scopes", "read:account").param("days", "30"))
                .andExpect(redirectedUrl("/account")).andReturn().getFlashMap();
        String secret = (String) flash.get("newToken");
        assertThat(secret).startsWith("cbpat_");
        Long stored = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from accounts_access_token where token_hash = ?").param(secret).query(Long.class).single();
        assertThat(stored).isZero();
        mvc.perform(get("/api/account").with(TestAccounts.bearer(secret))).andExpect(status().isOk());
    }

    @Test
    void repeatedWrongPasswordsLockTheAddressOutEvenWithTheRightOne() throws Exception {
        Account account = new TestAccounts(context).create("Guessed");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(account.getEmail()).password("wrong guess " + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(account.getEmail()).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
        // the same answer for an address that has no account: the lock reveals nothing
        String nobody = "nobody." + System.nanoTime() + "@example.org";
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(nobody).password("x")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(nobody).password("x")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void anOrganisationAlwaysKeepsAnOwner() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account owner = accounts.create("Only owner");
        Account colleague = accounts.create("Colleague");
        Organisation organisation = accounts.draftOrganisation("Owned Cluster", owner, colleague, null);
        String members = "/organisations/" + organisation.getKey() + "/members";

        mvc.perform(post(members + "/" + owner.getId() + "/role").with(csrf()).with(TestAccounts.session(owner)).param("role", "EDITOR"))
                .andExpect(redirectedUrl(members));
        mvc.perform(get(members).with(TestAccounts.session(owner))).andExpect(content().string(containsString("keeps at least one owner")));
        mvc.perform(post(members + "/" + owner.getId() + "/remove").with(csrf()).with(TestAccounts.session(owner)));
        assertThat(context.getBean(Memberships.class).roleOf(owner.getId(), organisation.getId())).contains(OrganisationRole.OWNER);

        mvc.perform(post(members + "/" + colleague.getId() + "/role").with(csrf()).with(TestAccounts.session(owner)).param("role", "OWNER"));
        mvc.perform(post(members + "/" + owner.getId() + "/remove").with(csrf()).with(TestAccounts.session(owner)));
        assertThat(context.getBean(Memberships.class).roleOf(owner.getId(), organisation.getId())).isEmpty();
        assertThat(context.getBean(Memberships.class).roleOf(colleague.getId(), organisation.getId())).contains(OrganisationRole.OWNER);
        // an editor cannot manage people
        mvc.perform(get(members).with(TestAccounts.session(owner))).andExpect(status().isForbidden());
    }

    @Test
    void aPersonDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account person = accounts.create("Leaving");
        Account other = accounts.create("Staying");
        Organisation organisation = accounts.draftOrganisation("Left Cluster", person, null, null);

        mvc.perform(get("/account/export").with(TestAccounts.session(person)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.email").value(person.getEmail()))
                .andExpect(jsonPath("$.memberships[0].role").value("OWNER"))
                .andExpect(content().string(not(containsString("$2a$"))));

        // the only owner must hand over first
        mvc.perform(post("/account/delete").with(csrf()).with(TestAccounts.session(person)).param("confirm", person.getEmail()))
                .andExpect(redirectedUrl("/account"));
        context.getBean(Memberships.class).join(other.getId(), organisation.getId(), OrganisationRole.OWNER);
        mvc.perform(post("/account/delete").with(csrf()).with(TestAccounts.session(person)).param("confirm", person.getEmail()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(person.getEmail()).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
        assertThat(context.getBean(Memberships.class).organisationsOf(person.getId())).isEmpty();
    }

    @Test
    void theBootstrapAdministratorSignsInWithThePasswordFromTheEnvironment() throws Exception {
        mvc.perform(formLogin("/login").user("admin@test.localhost").password("test-operator-password"))
                .andExpect(authenticated().withRoles("ADMINISTRATOR", "VALIDATOR", "COMMUNITY_EDITOR"));
    }

    @Test
    void whatPeopleTypeIsEscapedOnThePages() throws Exception {
        Account account = new TestAccounts(context).create("<script>alert(1)</script>");
        mvc.perform(get("/account").with(TestAccounts.session(account)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/signup"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
