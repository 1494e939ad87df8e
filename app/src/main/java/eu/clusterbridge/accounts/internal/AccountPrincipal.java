package eu.clusterbridge.accounts.internal;

import java.util.List;

import eu.clusterbridge.accounts.PlatformRole;
import eu.clusterbridge.accounts.SignedInAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a browser session: Spring Security's user with the account it stands for. */
public class AccountPrincipal extends User implements SignedInAccount.Holder {

    private final SignedInAccount account;

    public AccountPrincipal(Account account) {
        super(account.getEmail(), account.getPasswordHash(), account.isVerified(), true, true, true,
                authorities(account));
        this.account = new SignedInAccount(account.getId(), account.getEmail(), account.getDisplayName());
    }

    public static List<SimpleGrantedAuthority> authorities(Account account) {
        return account.getPlatformRoles().stream().map(PlatformRole::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public SignedInAccount account() {
        return account;
    }
}
