package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.Notifications;
import eu.clusterbridge.accounts.SignedInAccount;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's notifications, newest first, and "mark all as read" (which clears the count in the navigation). */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Authentication authentication, Model model) {
        model.addAttribute("notifications", notifications.of(SignedInAccount.required(authentication).accountId()));
        return "accounts/notifications";
    }

    @PostMapping("/notifications/read")
    String markRead(Authentication authentication) {
        notifications.markAllRead(SignedInAccount.required(authentication).accountId());
        return "redirect:/notifications";
    }
}
