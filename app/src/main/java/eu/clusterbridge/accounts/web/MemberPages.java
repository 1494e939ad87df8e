package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.internal.AccountData;
import eu.clusterbridge.accounts.internal.Invitations;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's people (owners only, see the security rules): invite by e-mail, change roles, remove. */
@Controller
class MemberPages {

    private final Organisations organisations;
    private final Memberships memberships;
    private final Invitations invitations;
    private final AccountData accounts;

    MemberPages(Organisations organisations, Memberships memberships, Invitations invitations, AccountData accounts) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @GetMapping("/organisations/{key}/members")
    String show(@PathVariable String key, Model model) {
        Organisation organisation = organisations.getByKey(key);
        var members = memberships.membersOf(organisation.getId());
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", members);
        model.addAttribute("accounts", accounts.byIds(members.stream().map(Memberships.Member::accountId).toList()));
        model.addAttribute("invitations", invitations.open(organisation.getId()));
        model.addAttribute("roles", OrganisationRole.values());
        return "accounts/members";
    }

    @PostMapping("/organisations/{key}/invitations")
    String invite(@PathVariable String key, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
                  Authentication authentication, RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        return outcome(redirect, key, "Invitation sent to " + email.strip() + ".", () -> invitations.invite(
                SignedInAccount.required(authentication).accountId(), organisation.getId(), email, role));
    }

    @PostMapping("/organisations/{key}/members/{accountId}/role")
    String changeRole(@PathVariable String key, @PathVariable long accountId, @RequestParam(defaultValue = "") String role,
                      Authentication authentication, RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        return outcome(redirect, key, "Role changed.", () -> {
            FieldChecks checks = new FieldChecks();
            OrganisationRole chosen = checks.choice("role", role, OrganisationRole.class);
            checks.required("role", chosen).orThrow();
            memberships.changeRole(SignedInAccount.required(authentication).accountId(), organisation.getId(), accountId, chosen);
        });
    }

    @PostMapping("/organisations/{key}/members/{accountId}/remove")
    String remove(@PathVariable String key, @PathVariable long accountId, Authentication authentication, RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        return outcome(redirect, key, "Removed from the organisation.", () ->
                memberships.revoke(SignedInAccount.required(authentication).accountId(), organisation.getId(), accountId));
    }

    private static String outcome(RedirectAttributes redirect, String key, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/organisations/" + key + "/members";
    }
}
