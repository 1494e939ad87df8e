package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.internal.PasswordResets;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?": request a link, then choose a new password. Never tells whether an address is known. */
@Controller
class PasswordResetPages {

    private final PasswordResets resets;

    PasswordResetPages(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String requestForm() {
        return "accounts/reset-request";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email, Model model) {
        try {
            resets.request(email);
        } catch (InvalidInput invalid) {
            model.addAttribute("emailError", invalid.byField().get("email"));
            model.addAttribute("email", email);
            return "accounts/reset-request";
        }
        model.addAttribute("heading", "Check your mailbox");
        model.addAttribute("text", "If an account uses this address, we sent it a link to choose a new password. The link works for one hour.");
        return "accounts/notice";
    }

    @GetMapping("/password-reset/change")
    String changeForm(@RequestParam(required = false) String token, Model model) {
        if (!resets.isValid(token)) {
            return expired(model);
        }
        model.addAttribute("token", token);
        return "accounts/reset-change";
    }

    @PostMapping("/password-reset/change")
    String change(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password, Model model) {
        try {
            resets.reset(token, password);
        } catch (InvalidInput invalid) {
            if (invalid.byField().containsKey("token")) {
                return expired(model);
            }
            model.addAttribute("token", token);
            model.addAttribute("passwordError", invalid.byField().get("password"));
            return "accounts/reset-change";
        }
        model.addAttribute("heading", "Password changed");
        model.addAttribute("text", "Your new password is set. You can sign in with it now.");
        model.addAttribute("signInLink", true);
        return "accounts/notice";
    }

    private static String expired(Model model) {
        model.addAttribute("heading", "This link does not work");
        model.addAttribute("text", "The link is unknown, already used or older than one hour. Ask for a new one.");
        return "accounts/notice";
    }
}
