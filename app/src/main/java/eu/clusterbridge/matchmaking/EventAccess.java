package eu.clusterbridge.matchmaking;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.PlatformRole;
import eu.clusterbridge.accounts.SignedInAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and may they? The single place where matchmaking decides it. Events do not yet name their
 * organising organisation, so every organiser action needs a platform administrator (decision 0007); the web
 * security rules already demand it for every change, and the services ask again here so that a call from any
 * other entry point cannot skip it. Next: {@link #requireOrganiser} becomes "an owner or editor of the event's
 * organising organisation" (accounts' {@code Memberships}) and participant rules are added next to it.
 */
@Component
public class EventAccess {

    private final Memberships memberships;

    EventAccess(Memberships memberships) {
        this.memberships = memberships;
    }

    private static final String ORGANISER_ROLE = "ROLE_" + PlatformRole.ADMINISTRATOR.name();

    /** The name of whoever is acting, for the record (a scheduling run says who started it). */
    public String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** @throws AccessDeniedException unless the current user may organise the event */
    public void requireOrganiser(long eventId) {
        if (!isOrganiser(eventId)) {
            throw new AccessDeniedException("Only the event's organiser may do this");
        }
    }

    public boolean isOrganiser(long eventId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            // Work started by the application itself (the demo event on first start, background jobs).
            return SystemWork.isRunning();
        }
        return auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a -> ORGANISER_ROLE.equals(a.getAuthority()));
    }

    /**
     * May the current person act for this participant (send and answer its requests, see its agenda, fill in its
     * surveys)? Anyone in the participant's organisation, in any role, and the event's organiser.
     */
    public boolean actsFor(Participant participant) {
        if (isOrganiser(participant.eventId())) {
            return true;
        }
        return SignedInAccount.of(SecurityContextHolder.getContext().getAuthentication())
                .flatMap(account -> memberships.roleOf(account.accountId(), participant.organisationId()))
                .isPresent();
    }

    /** @throws AccessDeniedException unless the current person may act for the participant */
    public void requireActsFor(Participant participant) {
        if (!actsFor(participant)) {
            throw new AccessDeniedException("Only the participant's own people or the organiser may do this");
        }
    }

    /** Runs work on the application's own behalf (no signed-in user), e.g. loading the demo event. */
    public static final class SystemWork {

        private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

        private SystemWork() {
        }

        public static void run(Runnable work) {
            RUNNING.set(true);
            try {
                work.run();
            } finally {
                RUNNING.remove();
            }
        }

        static boolean isRunning() {
            return RUNNING.get();
        }
    }
}
