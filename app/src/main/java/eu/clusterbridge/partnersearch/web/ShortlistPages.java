package eu.clusterbridge.partnersearch.web;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.partnersearch.requests.Shortlists;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's shortlist: saved from any "Find partners" card, seen and pruned here. */
@Controller
class ShortlistPages {

    private final Shortlists shortlists;

    ShortlistPages(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @GetMapping("/shortlist")
    String show(Authentication authentication, Model model) {
        model.addAttribute("entries", shortlists.of(SignedInAccount.required(authentication).accountId()));
        return "partnersearch/shortlist";
    }

    @PostMapping("/shortlist")
    String save(@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String note,
                Authentication authentication, RedirectAttributes redirect) {
        try {
            shortlists.save(SignedInAccount.required(authentication).accountId(), organisationId, note);
            redirect.addFlashAttribute("message", "Saved to your shortlist.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("errors", invalid.byField());
        }
        return "redirect:/shortlist";
    }

    @PostMapping("/shortlist/{organisationId}/remove")
    String remove(@PathVariable long organisationId, Authentication authentication, RedirectAttributes redirect) {
        shortlists.remove(SignedInAccount.required(authentication).accountId(), organisationId);
        redirect.addFlashAttribute("message", "Removed from your shortlist.");
        return "redirect:/shortlist";
    }
}
