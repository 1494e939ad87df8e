package eu.clusterbridge.accounts.internal;

import java.util.Arrays;

import eu.clusterbridge.taxonomy.TripleHelix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applicant's declarations, one row per organisation, kept while the profile is edited and resubmitted. */
@Component
class ProfileEvidenceStore {

    private final JdbcClient jdbc;

    ProfileEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ProfileEvidence of(long organisationId) {
        return jdbc.sql("select english_website, member_helices, recognising_programme from accounts_profile_evidence where organisation_id = ?")
                .param(organisationId)
                .query((rs, row) -> new ProfileEvidence(rs.getBoolean(1),
                        Arrays.stream((String[]) rs.getArray(2).getArray()).map(TripleHelix::valueOf).toList(), rs.getString(3)))
                .optional().orElse(ProfileEvidence.none());
    }

    void save(long organisationId, ProfileEvidence evidence) {
        String[] helices = evidence.memberHelices().stream().map(Enum::name).toArray(String[]::new);
        jdbc.sql("""
                insert into accounts_profile_evidence (organisation_id, english_website, member_helices, recognising_programme, updated_at)
                values (?, ?, ?, ?, now())
                on conflict (organisation_id) do update set english_website = excluded.english_website,
                    member_helices = excluded.member_helices, recognising_programme = excluded.recognising_programme, updated_at = now()
                """)
                .params(organisationId, evidence.englishWebsite(), helices, evidence.recognisingProgramme())
                .update();
    }

    void delete(long organisationId) {
        jdbc.sql("delete from accounts_profile_evidence where organisation_id = ?").param(organisationId).update();
    }

}
