package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.internal.SignUps;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up and the e-mailed verification link. The answer is the same for new and known addresses. */
@Controller
class SignUpPages {

    private final SignUps signUps;

    SignUpPages(SignUps signUps) {
        this.signUps = signUps;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new SignUps.SignUpForm("", "", ""));
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute("form") SignUps.SignUpForm form, BindingResult errors, Model model) {
        try {
            signUps.signUp(form);
        } catch (InvalidInput invalid) {
            invalid.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            return "accounts/signup";
        }
        model.addAttribute("heading", "Check your mailbox");
        model.addAttribute("text", "We sent a message to the address you entered. Follow its link within 24 hours to confirm the address, then sign in.");
        return "accounts/notice";
    }

    @GetMapping("/signup/verify")
    String verify(@RequestParam(required = false) String token, Model model) {
        boolean verified = signUps.verify(token);
        model.addAttribute("heading", verified ? "Address confirmed" : "This link does not work");
        model.addAttribute("text", verified ? "Your e-mail address is confirmed. You can sign in now."
                : "The link is unknown, already used or older than 24 hours. Sign up again to get a new one.");
        model.addAttribute("signInLink", verified);
        return "accounts/notice";
    }
}
