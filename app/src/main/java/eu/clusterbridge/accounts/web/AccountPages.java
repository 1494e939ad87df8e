package eu.clusterbridge.accounts.web;

import java.util.List;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.TokenScope;
import eu.clusterbridge.accounts.internal.AccessTokens;
import eu.clusterbridge.accounts.internal.AccountData;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page: memberships, personal access tokens, and the GDPR rights (download my data, delete my account). */
@Controller
class AccountPages {

    private final AccountData accounts;
    private final Memberships memberships;
    private final Organisations organisations;
    private final AccessTokens tokens;

    AccountPages(AccountData accounts, Memberships memberships, Organisations organisations, AccessTokens tokens) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.tokens = tokens;
    }

    /** A new token's form as sent: the scopes ticked and the days it lives. */
    record TokenForm(String name, List<String> scopes, Integer days) {
    }

    @GetMapping("/account")
    String show(Authentication authentication, Model model) {
        long id = SignedInAccount.required(authentication).accountId();
        var mine = memberships.organisationsOf(id);
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("memberships", mine);
        model.addAttribute("organisations", organisations.byIds(mine.stream().map(m -> m.organisationId()).toList()));
        model.addAttribute("tokens", tokens.of(id));
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("now", java.time.Instant.now());
        return "accounts/account";
    }

    @PostMapping("/account/tokens")
    String createToken(Authentication authentication, TokenForm form, Model model, RedirectAttributes redirect) {
        long id = SignedInAccount.required(authentication).accountId();
        try {
            AccessTokens.Issued issued = tokens.issue(id, form.name(), form.scopes(), form.days());
            redirect.addFlashAttribute("newToken", issued.secret());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("tokenErrors", invalid.problems());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(Authentication authentication, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(SignedInAccount.required(authentication).accountId(), tokenId);
        redirect.addFlashAttribute("message", "Token revoked.");
        return "redirect:/account";
    }

    @PostMapping("/account/delete")
    String delete(Authentication authentication, @RequestParam(defaultValue = "") String confirm, HttpServletRequest request,
                  RedirectAttributes redirect) throws ServletException {
        SignedInAccount account = SignedInAccount.required(authentication);
        if (!account.email().equalsIgnoreCase(confirm.strip())) {
            redirect.addFlashAttribute("deleteError", "Type your e-mail address to confirm.");
            return "redirect:/account";
        }
        try {
            accounts.delete(account.accountId());
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("deleteError", invalid.problems().get(0).message());
            return "redirect:/account";
        }
        request.logout();
        redirect.addFlashAttribute("message", "Your account and everything kept about it are deleted.");
        return "redirect:/";
    }
}
