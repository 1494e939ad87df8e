package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.internal.AccountData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Download my data" in the browser, and the same document for an access token with scope {@code read:account}. */
@RestController
@Tag(name = "Account", description = "Your own account")
class AccountDataApi {

    private final AccountData accounts;

    AccountDataApi(AccountData accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/export")
    ResponseEntity<AccountData.Export> download(Authentication authentication) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("clusterbridge-my-data.json").build().toString())
                .body(accounts.export(SignedInAccount.required(authentication).accountId()));
    }

    @GetMapping("/api/account")
    @Operation(summary = "Everything kept about the token's account: profile, roles, memberships, tokens, activity (scope read:account)")
    AccountData.Export me(Authentication authentication) {
        return accounts.export(SignedInAccount.required(authentication).accountId());
    }
}
