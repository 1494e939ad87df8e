package eu.clusterbridge.accounts.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.taxonomy.TripleHelix;

/**
 * The criteria a cluster organisation's profile must meet to be published: dedicated cluster management of at
 * least 0.5 full-time equivalent, an English website showing activity, at least 15 committed members, members
 * from at least two helices of the triple (quadruple) helix. Organisations recognised by a regional or national
 * cluster programme, which they must name, are exempt. Other organisation types have no criteria.
 */
public final class ClusterCriteria {

    static final BigDecimal MIN_MANAGEMENT_FTE = new BigDecimal("0.5");
    static final int MIN_MEMBERS = 15;
    static final int MIN_HELICES = 2;
    private static final Set<TripleHelix> COUNTED = EnumSet.of(TripleHelix.INDUSTRY, TripleHelix.RESEARCH_ACADEMIA,
            TripleHelix.PUBLIC, TripleHelix.CIVIL_SOCIETY);

    /** One criterion as the applicant and the validator see it. */
    public record Criterion(String name, boolean met, String explanation) {
    }

    private ClusterCriteria() {
    }

    static List<Criterion> evaluate(Organisation organisation, ProfileEvidence evidence) {
        if (!"CLUSTER_ORGANISATION".equals(organisation.getType())) {
            return List.of();
        }
        if (evidence.recognisingProgramme() != null) {
            return List.of(new Criterion("Recognised by a cluster programme", true,
                    "Recognised by " + evidence.recognisingProgramme() + ": the other criteria are waived."));
        }
        BigDecimal fte = organisation.getStaffFte();
        Integer members = organisation.getMemberCount();
        long helices = evidence.memberHelices().stream().filter(COUNTED::contains).distinct().count();
        return List.of(
                new Criterion("Dedicated cluster management of at least 0.5 FTE", fte != null && fte.compareTo(MIN_MANAGEMENT_FTE) >= 0,
                        fte == null ? "Enter the staff (FTE) in the profile." : "The profile says " + fte.toPlainString() + " FTE."),
                new Criterion("An English website showing the cluster's activity",
                        organisation.getWebsite() != null && evidence.englishWebsite(),
                        organisation.getWebsite() == null ? "Enter the website in the profile, then confirm it below."
                                : evidence.englishWebsite() ? "Confirmed for " + organisation.getWebsite() + "."
                                : "Confirm below that " + organisation.getWebsite() + " is in English and shows current activity."),
                new Criterion("At least 15 committed members", members != null && members >= MIN_MEMBERS,
                        members == null ? "Enter the number of members in the profile." : "The profile says " + members + " members."),
                new Criterion("Members from at least two triple-helix types", helices >= MIN_HELICES,
                        helices + " type(s) ticked below (industry, research and academia, public bodies, civil society)."));
    }

    static boolean allMet(List<Criterion> criteria) {
        return criteria.stream().allMatch(Criterion::met);
    }
}
