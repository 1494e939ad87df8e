package eu.clusterbridge.seeddata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clusterbridge.community.CommunityEvents;
import eu.clusterbridge.community.EventDetails;
import eu.clusterbridge.directory.ImportedOrganisation;
import eu.clusterbridge.directory.OrganisationProfile;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.ImportedPartnership;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.PartnershipProfile;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.seeddata.DataSet.EventRecord;
import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;
import eu.clusterbridge.seeddata.DataSet.PartnerRecord;
import eu.clusterbridge.seeddata.DataSet.PartnershipRecord;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a data set in one transaction: organisations first (partners refer to them by key), then
 * partnerships, then events. Any invalid record rolls the whole import back — nothing is half-written.
 */
@Service
public class DataSetImporter {

    private final Organisations organisations;
    private final Partnerships partnerships;
    private final CommunityEvents events;

    DataSetImporter(Organisations organisations, Partnerships partnerships, CommunityEvents events) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.events = events;
    }

    public record Summary(int organisations, int partnerships, int events) {
    }

    @Transactional
    public Summary importAll(DataSet dataSet) {
        requireUniqueKeys(dataSet);
        Map<String, Long> organisationIds = new HashMap<>(organisations.importAll(
                dataSet.organisations().stream().map(DataSetImporter::toImported).toList()));
        partnerships.importAll(dataSet.partnerships().stream().map(p -> toImported(p, organisationIds)).toList());
        for (EventRecord event : dataSet.events()) {
            try {
                events.importEvent(event.key(), toDetails(event), event.sources(), event.notes());
            } catch (InvalidInput invalid) {
                throw new DataSetException("events[" + event.key() + "]: " + invalid.getMessage());
            }
        }
        return new Summary(dataSet.organisations().size(), dataSet.partnerships().size(), dataSet.events().size());
    }

    private static void requireUniqueKeys(DataSet dataSet) {
        List<String> problems = new ArrayList<>();
        duplicates(dataSet.organisations().stream().map(OrganisationRecord::key).toList(), "organisation", problems);
        duplicates(dataSet.partnerships().stream().map(PartnershipRecord::key).toList(), "partnership", problems);
        duplicates(dataSet.events().stream().map(EventRecord::key).toList(), "event", problems);
        if (!problems.isEmpty()) {
            throw new DataSetException(String.join("; ", problems));
        }
    }

    private static void duplicates(List<String> keys, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                problems.add("a " + what + " has no key");
            } else if (!seen.add(key)) {
                problems.add(what + " key '" + key + "' is used twice");
            }
        }
    }

    private static ImportedOrganisation toImported(OrganisationRecord r) {
        return new ImportedOrganisation(r.key(), new OrganisationProfile(r.name(), r.aliases(), r.type(), r.country(),
                r.nutsRegion(), r.city(), r.website(), r.email(), r.description(), r.sectors(), r.valueChainStages(),
                r.technologies(), r.services(), r.targetMarkets(), r.facts(), r.memberCount(), r.smeCount(),
                r.staffFte(), r.yearFounded(), r.excellenceLabel()), r.sources(), r.notes());
    }

    private static ImportedPartnership toImported(PartnershipRecord r, Map<String, Long> organisationIds) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < r.partners().size(); i++) {
            PartnerRecord partner = r.partners().get(i);
            Long id = organisationIds.get(partner.organisation());
            if (id == null) {
                throw new DataSetException("partnerships[" + r.key() + "].partners[" + i + "].organisation: no organisation with key '"
                        + partner.organisation() + "'");
            }
            partners.add(new Partner(id, partner.country(), partner.role(), partner.coordinator()));
        }
        return new ImportedPartnership(r.key(), new PartnershipProfile(r.acronym(), r.name(), r.programme(), r.strand(),
                r.listNumber(), r.periodStart(), r.periodEnd(), r.sectors(), r.objectives(), r.mainActivities(),
                r.targetMarkets(), r.targetRegions(), r.smesInvolved(), r.results(), r.website(), partners),
                r.sources(), r.notes());
    }

    private static EventDetails toDetails(EventRecord r) {
        return new EventDetails(r.kind(), r.name(), r.startDate(), r.endDate(), r.deadline(), r.city(), r.country(),
                r.organisers(), r.description(), r.figures(), r.url());
    }
}
