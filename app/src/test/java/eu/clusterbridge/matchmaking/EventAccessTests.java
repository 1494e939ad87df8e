package eu.clusterbridge.matchmaking;

import java.util.List;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccountPrincipal;
import eu.clusterbridge.directory.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class EventAccessTests {

    @Autowired
    EventAccess access;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAdministratorOrganisesEveryoneElseDoesNot() {
        signIn("ROLE_ADMINISTRATOR");
        assertThat(access.isOrganiser(1)).isTrue();
        signIn("ROLE_VALIDATOR");
        assertThat(access.isOrganiser(1)).isFalse();
        signIn("ROLE_USER");
        assertThat(access.isOrganiser(1)).isFalse();
        assertThatThrownBy(() -> access.requireOrganiser(1)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThat(access.isOrganiser(1)).isFalse();
    }

    @Test
    void theApplicationsOwnWorkNeedsNoUserButOnlyInsideSystemWork() {
        SecurityContextHolder.clearContext();
        assertThat(access.isOrganiser(1)).isFalse();
        boolean[] inside = new boolean[1];
        EventAccess.SystemWork.run(() -> inside[0] = access.isOrganiser(1));
        assertThat(inside[0]).isTrue();
        assertThat(access.isOrganiser(1)).isFalse();
    }

    @Test
    void theParticipantsOwnPeopleActForItOthersDoNot() {
        TestAccounts accounts = new TestAccounts(context);
        Account member = accounts.create("Participant member");
        Account outsider = accounts.create("Outsider");
        Organisation organisation = accounts.draftOrganisation("Participant Cluster", null, null, member);
        Participant participant = new Participant(1, 1, organisation.getId(), "Participant Cluster", null, null, null, null, null);

        signInAs(member);
        assertThat(access.actsFor(participant)).isTrue();
        signInAs(outsider);
        assertThat(access.actsFor(participant)).isFalse();
        assertThatThrownBy(() -> access.requireActsFor(participant)).isInstanceOf(AccessDeniedException.class);
        signIn("ROLE_ADMINISTRATOR");
        assertThat(access.actsFor(participant)).as("the organiser").isTrue();
        SecurityContextHolder.clearContext();
        assertThat(access.actsFor(participant)).isFalse();
    }

    private static void signInAs(Account account) {
        AccountPrincipal principal = new AccountPrincipal(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role))));
    }
}
