package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.internal.Invitation;
import eu.clusterbridge.accounts.internal.Invitations;
import eu.clusterbridge.directory.Organisations;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The link in an invitation e-mail: anyone with the link sees it; accepting needs an account (sign up first). */
@Controller
class InvitationPages {

    private final Invitations invitations;
    private final Organisations organisations;

    InvitationPages(Invitations invitations, Organisations organisations) {
        this.invitations = invitations;
        this.organisations = organisations;
    }

    @GetMapping("/invitations")
    String show(@RequestParam(required = false) String token, Model model) {
        var invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            model.addAttribute("heading", "This invitation does not work");
            model.addAttribute("text", "The link is unknown, already used or older than 14 days. Ask the organisation's owner for a new one.");
            return "accounts/notice";
        }
        Invitation open = invitation.get();
        model.addAttribute("invitation", open);
        model.addAttribute("organisation", organisations.get(open.getOrganisationId()));
        model.addAttribute("token", token);
        return "accounts/invitation";
    }

    @PostMapping("/invitations")
    String accept(@RequestParam(defaultValue = "") String token, Authentication authentication, RedirectAttributes redirect) {
        long organisationId = invitations.accept(SignedInAccount.required(authentication).accountId(), token);
        redirect.addFlashAttribute("message", "You joined " + organisations.get(organisationId).getName() + ".");
        return "redirect:/account";
    }
}
