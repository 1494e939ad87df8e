package eu.clusterbridge.accounts;

import eu.clusterbridge.accounts.internal.AccessTokenFilter;
import eu.clusterbridge.accounts.internal.AccessTokens;
import eu.clusterbridge.accounts.internal.LoginThrottle;
import eu.clusterbridge.accounts.internal.LoginThrottleFilter;
import eu.clusterbridge.accounts.internal.SignInOutcomes;
import jakarta.servlet.Filter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The pieces the web module's filter chains plug in: bearer-token authentication for the API, the login
 * throttle, and the sign-in success/failure handlers. The filters are made here, not declared as beans, so the
 * servlet container does not also run them on every request outside Spring Security.
 */
@Component
public class AccountsSecurity {

    private final AccessTokens tokens;
    private final LoginThrottle throttle;
    private final SignInOutcomes outcomes;

    AccountsSecurity(AccessTokens tokens, LoginThrottle throttle, SignInOutcomes outcomes) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.outcomes = outcomes;
    }

    public Filter accessTokenFilter() {
        return new AccessTokenFilter(tokens);
    }

    public Filter loginThrottleFilter() {
        return new LoginThrottleFilter(throttle);
    }

    public AuthenticationSuccessHandler signInSuccess() {
        return outcomes.successHandler();
    }

    public AuthenticationFailureHandler signInFailure() {
        return outcomes.failureHandler();
    }
}
