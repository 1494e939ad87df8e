package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Optional;

import eu.clusterbridge.accounts.Membership;
import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationAccess;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.PlatformRole;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.internal.EventStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and may they? The single place where matchmaking decides it (decision 0009).
 * <ul>
 * <li><em>Organisers</em> of an event are the owners and editors of its organising organisation, and platform
 * administrators (who organise every event, including those without an organising organisation).</li>
 * <li><em>Creating</em> an event needs an owner or editor of at least one published organisation (it becomes the
 * organiser), or an administrator, who may name any organisation.</li>
 * <li><em>Registering</em> an organisation, and changing or withdrawing its registration, needs its owners or
 * editors (or the organiser); <em>acting for</em> a participant (requests, agenda) anyone in its organisation.</li>
 * </ul>
 * The services ask here, so that no entry point can skip it; the web security rules ask the same methods by key.
 */
@Component("eventAccess")
public class EventAccess {

    private final Memberships memberships;
    private final Organisations organisations;
    private final EventStore events;

    EventAccess(Memberships memberships, Organisations organisations, EventStore events) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.events = events;
    }

    /** The name of whoever is acting, for the record (a scheduling run says who started it). */
    public String actor() {
        Authentication auth = current();
        return auth == null ? "system" : auth.getName();
    }

    /** @throws AccessDeniedException unless the current user may organise the event */
    public void requireOrganiser(long eventId) {
        if (!isOrganiser(eventId)) {
            throw new AccessDeniedException("Only the event's organisers may do this");
        }
    }

    public boolean isOrganiser(long eventId) {
        Authentication auth = current();
        if (auth == null) {
            // Work started by the application itself (the demo event on first start, background jobs).
            return SystemWork.isRunning();
        }
        return organises(auth, eventId);
    }

    /** For the web security rules: an administrator, or an owner or editor of the event's organising organisation. */
    public boolean organises(Authentication auth, long eventId) {
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        if (OrganisationAccess.hasRole(auth, PlatformRole.ADMINISTRATOR)) {
            return true;
        }
        return events.find(eventId).map(MatchmakingEvent::organiserId).map(organiser -> edits(auth, organiser)).orElse(false);
    }

    /** By the event's key; an unknown key is let through for signed-in people, so the page answers 404, not 403. */
    public boolean organisesByKey(Authentication auth, String key) {
        return events.findByKey(key).map(event -> organises(auth, event.id()))
                .orElse(auth != null && auth.isAuthenticated() && SignedInAccount.of(auth).isPresent()
                        || OrganisationAccess.hasRole(auth, PlatformRole.ADMINISTRATOR));
    }

    /** The organisations the current person may name as an event's organiser: those they own or edit, if published. */
    public List<Long> organisingChoices() {
        return editableOrganisations().stream().filter(id -> organisations.get(id).isPublished()).toList();
    }

    public boolean mayCreateEvents() {
        return isAdministrator() || !organisingChoices().isEmpty() || (current() == null && SystemWork.isRunning());
    }

    /** @throws AccessDeniedException unless the current person may create an event organised by {@code organiserId} */
    public void requireMayCreate(Long organiserId) {
        boolean allowed = (current() == null && SystemWork.isRunning()) || isAdministrator()
                || (organiserId != null && organisingChoices().contains(organiserId));
        if (!allowed) {
            throw new AccessDeniedException("Events are created by owners and editors of a published organisation, for it");
        }
    }

    /** Organisations the current person owns or edits (they may register them for events). */
    public List<Long> editableOrganisations() {
        return account().map(a -> memberships.organisationsOf(a.accountId()).stream()
                .filter(m -> m.role().canEdit()).map(Membership::organisationId).toList()).orElse(List.of());
    }

    /** Every organisation the current person belongs to, in any role (they act for its participants). */
    public List<Long> ownOrganisations() {
        return account().map(a -> memberships.organisationsOf(a.accountId()).stream().map(Membership::organisationId).toList())
                .orElse(List.of());
    }

    /** May the current person register this organisation for the event, or change or withdraw its registration? */
    public boolean registers(long eventId, long organisationId) {
        return isOrganiser(eventId) || editableOrganisations().contains(organisationId);
    }

    public void requireRegisters(long eventId, long organisationId) {
        if (!registers(eventId, organisationId)) {
            throw new AccessDeniedException("Only the organisation's owners and editors, or the organiser, may register it");
        }
    }

    /**
     * May the current person act for this participant (send and answer its requests, see its agenda, fill in its
     * surveys)? Anyone in the participant's organisation, in any role, and the event's organiser.
     */
    public boolean actsFor(Participant participant) {
        if (isOrganiser(participant.eventId())) {
            return true;
        }
        return account().flatMap(a -> memberships.roleOf(a.accountId(), participant.organisationId())).isPresent();
    }

    /** @throws AccessDeniedException unless the current person may act for the participant */
    public void requireActsFor(Participant participant) {
        if (!actsFor(participant)) {
            throw new AccessDeniedException("Only the participant's own people or the organiser may do this");
        }
    }

    private boolean edits(Authentication auth, long organisationId) {
        return SignedInAccount.of(auth).flatMap(a -> memberships.roleOf(a.accountId(), organisationId))
                .map(OrganisationRole::canEdit).orElse(false);
    }

    /** Platform administrators organise every event and may name any organisation as an event's organiser. */
    public boolean isAdministrator() {
        return OrganisationAccess.hasRole(current(), PlatformRole.ADMINISTRATOR);
    }

    private Optional<SignedInAccount> account() {
        return SignedInAccount.of(current());
    }

    private static Authentication current() {
        return SecurityContextHolder.getContext().getAuthentication();
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
