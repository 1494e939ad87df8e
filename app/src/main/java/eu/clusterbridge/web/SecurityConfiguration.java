package eu.clusterbridge.web;

import java.util.function.BiPredicate;

import eu.clusterbridge.accounts.AccountsSecurity;
import eu.clusterbridge.accounts.OrganisationAccess;
import eu.clusterbridge.accounts.TokenScope;
import eu.clusterbridge.matchmaking.EventAccess;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what (decision 0007). Deny by default: every address not listed below is refused. Reading published
 * profiles is public; organisation owners and editors change their organisation, owners manage its people,
 * validators publish, administrators do the rest (partnerships, imports, the audit log); matchmaking events are
 * organised by their organising organisation's owners and editors ({@code EventAccess}). Browsers sign in with a
 * form and a session (CSRF tokens on every form); the API is stateless and authenticated only by personal access
 * tokens ({@code Authorization: Bearer}), each change needing both the role and the token's scope, so a browser's
 * session cookie can never change data through the API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String ADMINISTRATOR = "ADMINISTRATOR";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountsSecurity accounts, OrganisationAccess access) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/organisations/{id}").access(byId("id", access::canRead))
                        .requestMatchers(HttpMethod.HEAD, "/api/organisations/{id}").access(byId("id", access::canRead))
                        .requestMatchers(HttpMethod.GET, "/api/organisations/{id}/recommendations").access(byId("id", access::canRead))
                        .requestMatchers(HttpMethod.GET, "/api/account").access(scope(TokenScope.READ_ACCOUNT, signedIn()))
                        // Partner requests (partnersearch): who is interested is for signed-in people (the service checks who manages it).
                        .requestMatchers(HttpMethod.GET, "/api/partner-requests/{id}/interest").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/organisations").access(scope(TokenScope.WRITE_ORGANISATIONS, signedIn()))
                        .requestMatchers(HttpMethod.PUT, "/api/organisations/{id}")
                                .access(scope(TokenScope.WRITE_ORGANISATIONS, idRule("id", access::canEdit)))
                        .requestMatchers(HttpMethod.DELETE, "/api/organisations/{id}")
                                .access(scope(TokenScope.WRITE_ORGANISATIONS, idRule("id", access::canManage)))
                        .requestMatchers(HttpMethod.POST, "/api/partnerships").access(scope(TokenScope.WRITE_PARTNERSHIPS, administrator()))
                        .requestMatchers(HttpMethod.PUT, "/api/partnerships/{id}").access(scope(TokenScope.WRITE_PARTNERSHIPS, administrator()))
                        .requestMatchers(HttpMethod.DELETE, "/api/partnerships/{id}").access(scope(TokenScope.WRITE_PARTNERSHIPS, administrator()))
                        .requestMatchers(HttpMethod.POST, "/api/data/import").access(scope(TokenScope.IMPORT_DATA, administrator()))
                        // matchmaking: organisers, registering organisations and participants are decided per event by EventAccess
                        .requestMatchers(HttpMethod.POST, "/api/matchmaking/**").access(scope(TokenScope.WRITE_MATCHMAKING, signedIn()))
                        .requestMatchers(HttpMethod.PUT, "/api/matchmaking/**").access(scope(TokenScope.WRITE_MATCHMAKING, signedIn()))
                        .requestMatchers(HttpMethod.POST, "/api/partner-requests", "/api/partner-requests/**")
                                .access(scope(TokenScope.WRITE_PARTNER_REQUESTS, signedIn()))
                        .requestMatchers(HttpMethod.PUT, "/api/partner-requests/**").access(scope(TokenScope.WRITE_PARTNER_REQUESTS, signedIn()))
                        .requestMatchers(HttpMethod.DELETE, "/api/partner-requests/**").access(scope(TokenScope.WRITE_PARTNER_REQUESTS, signedIn()))
                        // A query with its need in the body, not a change (partnersearch module).
                        .requestMatchers(HttpMethod.POST, "/api/recommendations").permitAll()
                        .anyRequest().denyAll())
                .addFilterBefore(accounts.accessTokenFilter(), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookie authenticates an API request, so there is nothing to forge
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.setContentType("application/problem+json");
                    response.setStatus(401);
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Send a personal access token: Authorization: Bearer <token> (create one on your account page).\"}");
                }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountsSecurity accounts, OrganisationAccess access, EventAccess events) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/organisations/new").authenticated()
                        .requestMatchers(HttpMethod.POST, "/organisations").authenticated()
                        .requestMatchers(HttpMethod.GET, "/organisations/{key}/edit").access(byKey(access::canEditByKey))
                        .requestMatchers(HttpMethod.POST, "/organisations/{key}").access(byKey(access::canEditByKey))
                        .requestMatchers(HttpMethod.POST, "/organisations/{key}/delete").access(byKey(access::canManageByKey))
                        .requestMatchers("/organisations/{key}/validation").access(byKey(access::canEditByKey))
                        .requestMatchers(HttpMethod.GET, "/organisations/{key}/members").access(byKey(access::canManageByKey))
                        .requestMatchers(HttpMethod.POST, "/organisations/{key}/invitations", "/organisations/{key}/members/**")
                                .access(byKey(access::canManageByKey))
                        .requestMatchers("/organisations/{key}/contact").authenticated()
                        .requestMatchers(HttpMethod.GET, "/organisations/{key}", "/organisations/{key}/partners")
                                .access(byKey(access::canReadByKey))
                        .requestMatchers(HttpMethod.GET, "/partnerships/new", "/partnerships/*/edit").hasRole(ADMINISTRATOR)
                        .requestMatchers(HttpMethod.POST, "/partnerships", "/partnerships/**").hasRole(ADMINISTRATOR)
                        // matchmaking (decision 0009): EventAccess decides who organises an event, registers and takes part
                        .requestMatchers(HttpMethod.GET, "/matchmaking/new", "/matchmaking/mine", "/matchmaking/{key}/register",
                                "/matchmaking/{key}/registrations/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/matchmaking", "/matchmaking/mine/**", "/matchmaking/{key}/register",
                                "/matchmaking/{key}/registrations/**", "/matchmaking/{key}/marketplace/requests").authenticated()
                        // Outcome surveys: a participant's own people answer (EventAccess.requireActsFor decides whose).
                        .requestMatchers(HttpMethod.POST, "/matchmaking/*/surveys/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/matchmaking/{key}/edit").access(byKey(events::organisesByKey))
                        .requestMatchers(HttpMethod.POST, "/matchmaking/{key}", "/matchmaking/{key}/**").access(byKey(events::organisesByKey))
                        .requestMatchers("/validation", "/validation/**").hasRole("VALIDATOR")
                        .requestMatchers("/admin/**").hasRole(ADMINISTRATOR)
                        .requestMatchers("/account", "/account/**").authenticated()
                        // Partner requests, shortlist, notifications: any signed-in person; the services check who manages a request.
                        .requestMatchers(HttpMethod.GET, "/partner-requests/new", "/partner-requests/*/edit").authenticated()
                        .requestMatchers(HttpMethod.POST, "/partner-requests", "/partner-requests/**").authenticated()
                        .requestMatchers("/shortlist", "/shortlist/**", "/notifications", "/notifications/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/invitations").authenticated()
                        .requestMatchers(HttpMethod.POST, "/signup", "/password-reset", "/password-reset/change").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(accounts.signInSuccess())
                        .failureHandler(accounts.signInFailure()))
                .addFilterBefore(accounts.loginThrottleFilter(), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** Administrators are also validators and community editors. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMINISTRATOR).implies("VALIDATOR", "COMMUNITY_EDITOR")
                .build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> byKey(BiPredicate<Authentication, String> rule) {
        return (authentication, context) -> new AuthorizationDecision(rule.test(authentication.get(), context.getVariables().get("key")));
    }

    private static AuthorizationManager<RequestAuthorizationContext> byId(String variable, BiPredicate<Authentication, Long> rule) {
        return (authentication, context) -> new AuthorizationDecision(idRule(variable, rule).test(authentication.get(), context));
    }

    /** A rule on a numeric id; a malformed id is let through so the endpoint answers 400, not 403. */
    private static BiPredicate<Authentication, RequestAuthorizationContext> idRule(String variable, BiPredicate<Authentication, Long> rule) {
        return (authentication, context) -> {
            try {
                return rule.test(authentication, Long.parseLong(context.getVariables().get(variable)));
            } catch (NumberFormatException malformed) {
                return authentication != null && authentication.isAuthenticated();
            }
        };
    }

    private static BiPredicate<Authentication, RequestAuthorizationContext> signedIn() {
        return (authentication, context) -> authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    private static BiPredicate<Authentication, RequestAuthorizationContext> administrator() {
        return (authentication, context) -> OrganisationAccess.hasRole(authentication, eu.clusterbridge.accounts.PlatformRole.ADMINISTRATOR);
    }

    /** A token with the scope, and the rule: both, so a token never does more than its owner or its scopes allow. */
    private static AuthorizationManager<RequestAuthorizationContext> scope(TokenScope scope,
                                                                           BiPredicate<Authentication, RequestAuthorizationContext> rule) {
        return (supplier, context) -> {
            Authentication authentication = supplier.get();
            boolean scoped = authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> scope.authority().equals(a.getAuthority()));
            return new AuthorizationDecision(scoped && rule.test(authentication, context));
        };
    }
}
