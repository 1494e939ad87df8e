package eu.clusterbridge.accounts;

import java.util.Optional;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The organisation rules every module's security uses, by id or by key ({@code @organisationAccess.canEdit(authentication, #id)}
 * in {@code @PreAuthorize}, or from an AuthorizationManager): administrators may do everything; owners and editors
 * change their organisation; owners manage its people and delete it; unpublished profiles are seen only by their
 * members, validators and administrators.
 */
@Component("organisationAccess")
public class OrganisationAccess {

    private final Memberships memberships;
    private final Organisations organisations;

    OrganisationAccess(Memberships memberships, Organisations organisations) {
        this.memberships = memberships;
        this.organisations = organisations;
    }

    public boolean canEdit(Authentication authentication, long organisationId) {
        return isAdministrator(authentication) || role(authentication, organisationId).map(OrganisationRole::canEdit).orElse(false);
    }

    public boolean canManage(Authentication authentication, long organisationId) {
        return isAdministrator(authentication) || role(authentication, organisationId).filter(r -> r == OrganisationRole.OWNER).isPresent();
    }

    /** Published profiles are public; an unknown id is "readable" so that the caller answers 404, not 403. */
    public boolean canRead(Authentication authentication, long organisationId) {
        if (!organisations.exists(organisationId) || organisations.get(organisationId).isPublished()) {
            return true;
        }
        return hasRole(authentication, PlatformRole.VALIDATOR) || isAdministrator(authentication)
                || role(authentication, organisationId).isPresent();
    }

    public boolean canEditByKey(Authentication authentication, String key) {
        return idOf(key).map(id -> canEdit(authentication, id)).orElse(isAdministrator(authentication));
    }

    public boolean canManageByKey(Authentication authentication, String key) {
        return idOf(key).map(id -> canManage(authentication, id)).orElse(isAdministrator(authentication));
    }

    public boolean canReadByKey(Authentication authentication, String key) {
        return idOf(key).map(id -> canRead(authentication, id)).orElse(true);
    }

    public static boolean hasRole(Authentication authentication, PlatformRole role) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }

    private static boolean isAdministrator(Authentication authentication) {
        return hasRole(authentication, PlatformRole.ADMINISTRATOR);
    }

    private Optional<OrganisationRole> role(Authentication authentication, long organisationId) {
        return SignedInAccount.of(authentication).flatMap(account -> memberships.roleOf(account.accountId(), organisationId));
    }

    private Optional<Long> idOf(String key) {
        return organisations.findByKey(key).map(Organisation::getId);
    }
}
