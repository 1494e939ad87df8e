package eu.clusterbridge.accounts;

import java.util.List;

import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccountRepository;
import eu.clusterbridge.accounts.internal.OrganisationMemberRepository;
import eu.clusterbridge.accounts.internal.OrganisationMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail addresses of an organisation's people, for other modules' notifications (matchmaking tells a
 * participant's people of requests and agendas). Only verified accounts: an unverified address may not be theirs.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationContacts {

    private final OrganisationMemberRepository members;
    private final AccountRepository accounts;

    OrganisationContacts(OrganisationMemberRepository members, AccountRepository accounts) {
        this.members = members;
        this.accounts = accounts;
    }

    /** Verified addresses of everyone in the organisation, in any role, in the order they joined. */
    public List<String> emailsOf(long organisationId) {
        List<Long> ids = members.findByOrganisationIdOrderById(organisationId).stream().map(OrganisationMember::getAccountId).toList();
        return accounts.findAllById(ids).stream().filter(Account::isVerified).map(Account::getEmail).distinct().toList();
    }
}
