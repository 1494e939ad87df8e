package eu.clusterbridge.accounts.web;

import java.util.List;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.internal.ProfileEvidence;
import eu.clusterbridge.accounts.internal.ProfileValidation;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.taxonomy.TripleHelix;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The validation workflow's pages: the applicant's criteria, status and reasons (organisation editors), and the
 * validators' queue with their decisions.
 */
@Controller
class ValidationPages {

    private final ProfileValidation validation;
    private final Organisations organisations;

    ValidationPages(ProfileValidation validation, Organisations organisations) {
        this.validation = validation;
        this.organisations = organisations;
    }

    /** The declarations as the form sends them. */
    record EvidenceForm(Boolean englishWebsite, List<TripleHelix> memberHelices, String recognisingProgramme) {
        ProfileEvidence evidence() {
            return new ProfileEvidence(Boolean.TRUE.equals(englishWebsite), memberHelices, recognisingProgramme);
        }
    }

    @GetMapping("/organisations/{key}/validation")
    String review(@PathVariable String key, Model model) {
        model.addAttribute("review", validation.review(organisations.getByKey(key).getId()));
        model.addAttribute("helices", List.of(TripleHelix.INDUSTRY, TripleHelix.RESEARCH_ACADEMIA, TripleHelix.PUBLIC, TripleHelix.CIVIL_SOCIETY));
        return "accounts/validation";
    }

    @PostMapping("/organisations/{key}/validation")
    String submit(@PathVariable String key, EvidenceForm form, Authentication authentication, RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        try {
            validation.submit(SignedInAccount.required(authentication).accountId(), organisation.getId(), form.evidence());
            redirect.addFlashAttribute("message", "Submitted: a validator will review the profile.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/organisations/" + key + "/validation";
    }

    @GetMapping("/validation")
    String queue(Model model) {
        model.addAttribute("queue", validation.queue());
        return "accounts/queue";
    }

    @PostMapping("/validation/{key}/publish")
    String publish(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        validation.publish(SignedInAccount.required(authentication).accountId(), organisation.getId());
        redirect.addFlashAttribute("message", "“" + organisation.getName() + "” is published.");
        return "redirect:/validation";
    }

    @PostMapping("/validation/{key}/return")
    String returnWithReasons(@PathVariable String key, @RequestParam(defaultValue = "") String reasons, Authentication authentication,
                             RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        try {
            validation.returnWithReasons(SignedInAccount.required(authentication).accountId(), organisation.getId(), reasons);
            redirect.addFlashAttribute("message", "“" + organisation.getName() + "” was returned to its editors.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/validation";
    }
}
