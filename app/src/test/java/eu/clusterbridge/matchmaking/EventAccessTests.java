package eu.clusterbridge.matchmaking;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventAccessTests {

    private final EventAccess access = new EventAccess();

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

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role))));
    }
}
