package eu.clusterbridge.directory.web;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationProfile;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation profile pages and the create/edit/delete forms (operators only; see the security rules). */
@Controller
class OrganisationPages {

    private static final String FORM = "organisations/form";

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations/{key}")
    String show(@PathVariable String key, Model model) {
        model.addAttribute("organisation", organisations.getByKey(key));
        return "organisations/show";
    }

    @GetMapping("/organisations/new")
    String newForm(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        model.addAttribute("pageTitle", "New organisation");
        return FORM;
    }

    @PostMapping("/organisations")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            Organisation created = organisations.create(profile(form));
            redirect.addFlashAttribute("message", "Organisation created.");
            return "redirect:/organisations/" + created.getKey();
        } catch (InvalidInput invalid) {
            model.addAttribute("pageTitle", "New organisation");
            return withErrors(invalid, errors);
        }
    }

    @GetMapping("/organisations/{key}/edit")
    String editForm(@PathVariable String key, Model model) {
        Organisation organisation = organisations.getByKey(key);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", OrganisationForm.of(organisation));
        model.addAttribute("pageTitle", "Edit " + organisation.getName());
        return FORM;
    }

    @PostMapping("/organisations/{key}")
    String update(@PathVariable String key, @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        try {
            organisations.update(organisation.getId(), profile(form));
            redirect.addFlashAttribute("message", "Changes saved.");
            return "redirect:/organisations/" + key;
        } catch (InvalidInput invalid) {
            model.addAttribute("organisation", organisation);
            model.addAttribute("pageTitle", "Edit " + organisation.getName());
            return withErrors(invalid, errors);
        }
    }

    @PostMapping("/organisations/{key}/delete")
    String delete(@PathVariable String key, RedirectAttributes redirect) {
        Organisation organisation = organisations.getByKey(key);
        organisations.delete(organisation.getId());
        redirect.addFlashAttribute("message", "“" + organisation.getName() + "” was deleted.");
        return "redirect:/directory";
    }

    private OrganisationProfile profile(OrganisationForm form) {
        FieldChecks checks = new FieldChecks();
        OrganisationProfile profile = form.toProfile(checks);
        checks.including(() -> organisations.validate(profile)).orThrow();
        return profile;
    }

    private static String withErrors(InvalidInput invalid, BindingResult errors) {
        invalid.problems().forEach(p -> errors.rejectValue(fieldOf(p.field()), "invalid", p.message()));
        return FORM;
    }

    /** "aliases[2]" is reported on the aliases text area, the field the user typed it in. */
    private static String fieldOf(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
