package eu.clusterbridge.matchmaking;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and may they? The single place where matchmaking decides it. Until the accounts module exists
 * every organiser action needs the platform operator (role ADMIN, decision 0005); the web security rules already
 * demand it for every change, and the services ask again here so that a call from any other entry point cannot
 * skip it. With accounts, {@link #requireOrganiser} becomes "an organiser of this event" and participant rules
 * ("may act for this participant") are added next to it.
 */
@Component
public class EventAccess {

    /** The platform operator (decision 0005) or, with the accounts module, the platform administrator. */
    private static final java.util.Set<String> ORGANISER_ROLES = java.util.Set.of("ROLE_ADMIN", "ROLE_ADMINISTRATOR");

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
        return auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a -> ORGANISER_ROLES.contains(a.getAuthority()));
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
