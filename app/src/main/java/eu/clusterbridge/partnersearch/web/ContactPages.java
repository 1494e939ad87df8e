package eu.clusterbridge.partnersearch.web;

import java.util.Map;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationNotFound;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.requests.ContactMessages;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Contact through ClusterBridge": a message to a published organisation's owners and editors. */
@Controller
class ContactPages {

    private final Organisations organisations;
    private final ContactMessages messages;

    ContactPages(Organisations organisations, ContactMessages messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/organisations/{key}/contact")
    String form(@PathVariable String key, Model model) {
        return page(model, published(key), "", "", Map.of());
    }

    @PostMapping("/organisations/{key}/contact")
    String send(@PathVariable String key, @RequestParam(required = false) String subject, @RequestParam(required = false) String text,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        Organisation organisation = published(key);
        try {
            messages.send(SignedInAccount.required(authentication), organisation.getId(), subject, text);
            redirect.addFlashAttribute("message", "Your message was sent to " + organisation.getName() + ".");
            return "redirect:/organisations/" + organisation.getKey() + "/contact";
        } catch (InvalidInput invalid) {
            return page(model, organisation, subject, text, invalid.byField());
        }
    }

    private String page(Model model, Organisation organisation, String subject, String text, Map<String, String> errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("reachable", !messages.recipients(organisation.getId()).isEmpty());
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("errors", errors);
        return "partnersearch/contact";
    }

    /** Only published profiles take messages; a draft is "not found" to outsiders, as everywhere else. */
    private Organisation published(String key) {
        Organisation organisation = organisations.getByKey(key);
        if (!organisation.isPublished()) {
            throw new OrganisationNotFound(key);
        }
        return organisation;
    }
}
