package eu.clusterbridge.accounts.internal;

import java.io.IOException;

import eu.clusterbridge.accounts.SignedInAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** What happens after a password is checked: the throttle counts, the audit log records. */
@Component
public class SignInOutcomes {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    SignInOutcomes(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    public SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
                SignedInAccount.of(authentication).ifPresent(a -> audit.record(a.accountId(), "SIGNED_IN", a.email()));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    public AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String email = request.getParameter("username");
            throttle.failed(email, request.getRemoteAddr());
            audit.record(null, "SIGN_IN_FAILED", "for '" + abbreviate(email) + "'");
            redirect.onAuthenticationFailure(request, response, exception);
        };
    }

    private static String abbreviate(String text) {
        String value = String.valueOf(text);
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
