package eu.clusterbridge.seeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.community.CommunityEvent;
import eu.clusterbridge.community.CommunityEvents;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.seeddata.DataSet.EventRecord;
import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;
import eu.clusterbridge.seeddata.DataSet.PartnerRecord;
import eu.clusterbridge.seeddata.DataSet.PartnershipRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole directory as a data set, in key order, so two exports of the same data are byte-identical. */
@Service
public class DataSetExporter {

    private final Organisations organisations;
    private final Partnerships partnerships;
    private final CommunityEvents events;

    DataSetExporter(Organisations organisations, Partnerships partnerships, CommunityEvents events) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public DataSet export() {
        List<Organisation> allOrganisations = organisations.all();
        Map<Long, String> keys = allOrganisations.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getKey));
        return new DataSet(
                allOrganisations.stream().map(DataSetExporter::record).sorted(Comparator.comparing(OrganisationRecord::key)).toList(),
                partnerships.all().stream().map(p -> record(p, keys)).sorted(Comparator.comparing(PartnershipRecord::key)).toList(),
                events.all().stream().map(DataSetExporter::record).sorted(Comparator.comparing(EventRecord::key)).toList());
    }

    private static OrganisationRecord record(Organisation o) {
        return new OrganisationRecord(o.getKey(), o.getName(), o.getAliases(), o.getType(), o.getCountry(),
                o.getNutsRegion(), o.getCity(), o.getWebsite(), o.getEmail(), o.getDescription(), o.getSectors(),
                o.getValueChainStages(), o.getTechnologies(), o.getServices(), o.getTargetMarkets(), o.getFacts(),
                o.getMemberCount(), o.getSmeCount(), o.getStaffFte(), o.getYearFounded(), o.getExcellenceLabel(),
                o.getSources(), o.getNotes());
    }

    private static PartnershipRecord record(Partnership p, Map<Long, String> organisationKeys) {
        List<PartnerRecord> partners = p.getPartners().stream()
                .map(partner -> new PartnerRecord(organisationKeys.get(partner.organisationId()), partner.country(),
                        partner.role(), partner.coordinator()))
                .toList();
        return new PartnershipRecord(p.getKey(), p.getAcronym(), p.getName(), p.getProgramme(), p.getStrand(),
                p.getListNumber(), p.getPeriodStart(), p.getPeriodEnd(), p.getSectors(), partners, p.getObjectives(),
                p.getMainActivities(), p.getTargetMarkets(), p.getTargetRegions(), p.getSmesInvolved(), p.getResults(),
                p.getWebsite(), p.getSources(), p.getNotes());
    }

    private static EventRecord record(CommunityEvent e) {
        return new EventRecord(e.getKey(), e.getKind(), e.getName(), e.getStartDate(), e.getEndDate(), e.getDeadline(),
                e.getCity(), e.getCountry(), e.getOrganisers(), e.getDescription(), e.getFigures(), e.getUrl(),
                e.getSources(), e.getNotes());
    }
}
