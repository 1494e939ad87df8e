package eu.clusterbridge.accounts.web;

import eu.clusterbridge.accounts.internal.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The security audit log for administrators: the latest 500 entries. */
@Controller
class AuditPage {

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String show(Model model) {
        model.addAttribute("entries", audit.latest(500));
        return "accounts/audit";
    }
}
