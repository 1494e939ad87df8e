package eu.clusterbridge.accounts;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.mail.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The e-mail flows end to end on PostgreSQL, through the real SMTP server (GreenMail) the application sends to:
 * sign-up and verification, password reset, invitation of someone without an account; no user enumeration.
 */
@IntegrationTest
class AccountMailFlowTests {


    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail mailServer;

    @Autowired
    ApplicationContext context;

    @Test
    void aNewAccountSignsInOnlyAfterConfirmingItsAddress() throws Exception {
        String email = "new.person." + System.nanoTime() + "@example.org";
        signUp(email, "New Person", "correct horse battery");

        mvc.perform(formLogin("/login").user(email).password("correct horse battery"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());

        MimeMessage verification = Mailbox.only(mailServer, email, "");
        assertThat(verification.getSubject()).isEqualTo("Confirm your e-mail address for ClusterBridge");
        mvc.perform(get(Mailbox.link(verification)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Address confirmed")));
        mvc.perform(get(Mailbox.link(verification)))
                .andExpect(content().string(containsString("This link does not work")));

        mvc.perform(formLogin("/login").user(email.toUpperCase()).password("correct horse battery"))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(email));
    }

    @Test
    void signingUpWithAKnownAddressLooksTheSameButCreatesNothing() throws Exception {
        String email = "twice." + System.nanoTime() + "@example.org";
        String first = signUp(email, "First", "first password long");
        String second = signUp(email, "Second", "second password long");
        assertThat(second).isEqualTo(first);

        List<MimeMessage> messages = Mailbox.messages(mailServer, email, "");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).getSubject()).isEqualTo("Your ClusterBridge account");
        assertThat(GreenMailUtil.getBody(messages.get(1))).contains("already has an account").contains("/password-reset");
    }

    @Test
    void weakPasswordsAndBadAddressesAreShownNextToTheirFields() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("email", "not-an-address").param("displayName", "").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be an e-mail address")))
                .andExpect(content().string(containsString("at least 12 characters")))
                .andExpect(content().string(containsString("must not be empty")));
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLinkOnce() throws Exception {
        Account account = new TestAccounts(context).create("Forgetful");
        String known = mvc.perform(post("/password-reset").with(csrf()).param("email", account.getEmail()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/password-reset").with(csrf()).param("email", "nobody." + System.nanoTime() + "@example.org"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).isEqualTo(known);

        String link = Mailbox.link(Mailbox.only(mailServer, account.getEmail(), ""));
        assertThat(link).startsWith("/password-reset/change?token=");
        String token = link.substring(link.indexOf('=') + 1);
        mvc.perform(post("/password-reset/change").with(csrf()).param("token", token).param("password", "short"))
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/password-reset/change").with(csrf()).param("token", token).param("password", "a brand new password"))
                .andExpect(content().string(containsString("Password changed")));
        mvc.perform(post("/password-reset/change").with(csrf()).param("token", token).param("password", "another new password"))
                .andExpect(content().string(containsString("This link does not work")));

        mvc.perform(formLogin("/login").user(account.getEmail()).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(account.getEmail()).password("a brand new password")).andExpect(authenticated());
    }

    @Test
    void anOwnerInvitesSomeoneWithoutAnAccountWhoThenEditsTheOrganisation() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account owner = accounts.create("Owner");
        Organisation organisation = accounts.draftOrganisation("Invited Cluster", owner, null, null);
        String colleague = "colleague." + System.nanoTime() + "@example.org";

        mvc.perform(post("/organisations/" + organisation.getKey() + "/invitations").with(csrf()).with(TestAccounts.session(owner))
                        .param("email", colleague).param("role", "EDITOR"))
                .andExpect(redirectedUrl("/organisations/" + organisation.getKey() + "/members"));
        MimeMessage invitation = Mailbox.only(mailServer, colleague, "");
        assertThat(invitation.getSubject()).contains(organisation.getName());
        String invitationLink = Mailbox.link(invitation);
        mvc.perform(get(invitationLink)).andExpect(status().isOk()).andExpect(content().string(containsString("sign up")));

        signUp(colleague, "Colleague", "colleague password");
        mvc.perform(get(Mailbox.link(Mailbox.messages(mailServer, colleague, "").get(1)))).andExpect(content().string(containsString("Address confirmed")));
        var session = mvc.perform(formLogin("/login").user(colleague).password("colleague password")).andExpect(authenticated())
                .andReturn().getRequest().getSession(false);

        String token = invitationLink.substring(invitationLink.indexOf('=') + 1);
        mvc.perform(post("/invitations").with(csrf()).session((org.springframework.mock.web.MockHttpSession) session).param("token", token))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/organisations/" + organisation.getKey() + "/edit").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk());
        mvc.perform(post("/invitations").with(csrf()).session((org.springframework.mock.web.MockHttpSession) session).param("token", token))
                .andExpect(status().isBadRequest());
    }

    private String signUp(String email, String name, String password) throws Exception {
        return mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", name).param("password", password))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your mailbox")))
                .andReturn().getResponse().getContentAsString();
    }
}
