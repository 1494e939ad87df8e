package eu.clusterbridge.partnerships.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.PartnershipProfile;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partnership pages: the list by programme, one partnership with its partners, and the operators' forms. */
@Controller
class PartnershipPages {

    private static final String FORM = "partnerships/form";

    private final Partnerships partnerships;
    private final Organisations organisations;

    PartnershipPages(Partnerships partnerships, Organisations organisations) {
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    @GetMapping("/partnerships")
    String list(Model model) {
        model.addAttribute("partnerships", partnerships.all());
        return "partnerships/list";
    }

    @GetMapping("/partnerships/{key}")
    String show(@PathVariable String key, Model model) {
        Partnership partnership = partnerships.getByKey(key);
        model.addAttribute("partnership", partnership);
        model.addAttribute("organisations", partnersOf(partnership));
        return "partnerships/show";
    }

    /** The partnerships of one organisation, as a fragment the organisation page loads (or a page of its own). */
    @GetMapping("/partnerships/of-organisation/{organisationId}")
    String ofOrganisation(@PathVariable Long organisationId, @RequestHeader(name = "HX-Request", required = false) String htmx,
                          Model model) {
        model.addAttribute("organisation", organisations.get(organisationId));
        model.addAttribute("partnerships", partnerships.ofOrganisation(organisationId));
        return htmx != null ? "partnerships/of-organisation :: list" : "partnerships/of-organisation";
    }

    @GetMapping("/partnerships/new")
    String newForm(Model model) {
        model.addAttribute("form", PartnershipForm.empty());
        model.addAttribute("pageTitle", "New partnership");
        return FORM;
    }

    @PostMapping("/partnerships")
    String create(@ModelAttribute("form") PartnershipForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            Partnership created = partnerships.create(profile(form));
            redirect.addFlashAttribute("message", "Partnership created.");
            return "redirect:/partnerships/" + created.getKey();
        } catch (InvalidInput invalid) {
            model.addAttribute("pageTitle", "New partnership");
            return withErrors(invalid, errors, model);
        }
    }

    @GetMapping("/partnerships/{key}/edit")
    String editForm(@PathVariable String key, Model model) {
        Partnership partnership = partnerships.getByKey(key);
        model.addAttribute("partnership", partnership);
        model.addAttribute("form", PartnershipForm.of(partnership, partnersOf(partnership)));
        model.addAttribute("pageTitle", "Edit " + partnership.getAcronym());
        return FORM;
    }

    @PostMapping("/partnerships/{key}")
    String update(@PathVariable String key, @ModelAttribute("form") PartnershipForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Partnership partnership = partnerships.getByKey(key);
        try {
            partnerships.update(partnership.getId(), profile(form));
            redirect.addFlashAttribute("message", "Changes saved.");
            return "redirect:/partnerships/" + key;
        } catch (InvalidInput invalid) {
            model.addAttribute("partnership", partnership);
            model.addAttribute("pageTitle", "Edit " + partnership.getAcronym());
            return withErrors(invalid, errors, model);
        }
    }

    @PostMapping("/partnerships/{key}/delete")
    String delete(@PathVariable String key, RedirectAttributes redirect) {
        Partnership partnership = partnerships.getByKey(key);
        partnerships.delete(partnership.getId());
        redirect.addFlashAttribute("message", "“" + partnership.getAcronym() + "” was deleted.");
        return "redirect:/partnerships";
    }

    private Map<Long, Organisation> partnersOf(Partnership partnership) {
        return organisations.byIds(partnership.getPartners().stream().map(Partner::organisationId).toList());
    }

    private PartnershipProfile profile(PartnershipForm form) {
        Map<String, Long> ids = new HashMap<>();
        for (PartnershipForm.PartnerRow row : form.partners()) {
            if (!row.isEmpty() && row.organisation() != null) {
                organisations.findByKey(row.organisation().strip()).ifPresent(o -> ids.put(o.getKey(), o.getId()));
            }
        }
        FieldChecks checks = new FieldChecks();
        PartnershipProfile profile = form.toProfile(ids, checks);
        checks.including(() -> partnerships.validate(profile)).orThrow();
        return profile;
    }

    private static String withErrors(InvalidInput invalid, BindingResult errors, Model model) {
        List<String> partnerProblems = invalid.problems().stream()
                .filter(p -> p.field().startsWith("partners")).map(p -> p.field() + ": " + p.message()).toList();
        invalid.problems().stream().filter(p -> !p.field().startsWith("partners"))
                .forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        model.addAttribute("partnerProblems", partnerProblems);
        return FORM;
    }
}
