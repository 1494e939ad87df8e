package eu.clusterbridge.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The names people chose to be shown by (never their e-mail addresses), for pages of other modules. */
@Service
@Transactional(readOnly = true)
public class AccountNames {

    private final AccountRepository accounts;

    AccountNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Display name by account id; deleted accounts are missing from the map. */
    public Map<Long, String> of(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName, (a, b) -> a));
    }

    public String of(Long accountId) {
        return accountId == null ? "a former member" : of(java.util.List.of(accountId)).getOrDefault(accountId, "a former member");
    }
}
