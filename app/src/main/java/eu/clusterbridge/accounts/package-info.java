/**
 * Accounts: people who sign in (e-mail verification, password reset, throttled sign-in), their platform roles
 * (administrator, validator, community editor) and organisation roles (owner, editor, member; invitations by
 * e-mail), personal access tokens for the API, the validation workflow that publishes new organisation profiles
 * (draft → submitted → published or returned, with the cluster criteria and an audit trail), the security audit
 * log and the GDPR rights (download my data, delete my account).
 * <p>
 * Offers {@link eu.clusterbridge.accounts.SignedInAccount} (the principal of sessions and tokens),
 * {@link eu.clusterbridge.accounts.Memberships}, {@link eu.clusterbridge.accounts.OrganisationAccess} (bean
 * {@code organisationAccess} for security rules), {@link eu.clusterbridge.accounts.AccountsSecurity} (the
 * pieces the web module's filter chains plug in), {@link eu.clusterbridge.accounts.Notifications} (tell a person
 * something in the app and by e-mail, by account id; decision 0010) and {@link eu.clusterbridge.accounts.AccountNames}
 * (display names, never addresses). Publishes {@link eu.clusterbridge.accounts.AccountDeleted},
 * {@link eu.clusterbridge.accounts.OrganisationSubmitted}, {@link eu.clusterbridge.accounts.OrganisationPublished}
 * and {@link eu.clusterbridge.accounts.OrganisationReturned}. Consumes the directory's
 * {@code OrganisationCreated} (the creator becomes owner) and {@code OrganisationDeleted} (roles go with it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package eu.clusterbridge.accounts;
