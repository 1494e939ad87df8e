package eu.clusterbridge.seeddata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.clusterbridge.community.EventKind;
import eu.clusterbridge.community.Figure;
import eu.clusterbridge.directory.ExcellenceLabel;
import eu.clusterbridge.partnerships.Programme;
import eu.clusterbridge.partnerships.Strand;
import eu.clusterbridge.shared.Source;

/**
 * The whole directory as data: the format of the seed files (docs/seed-data.md) and of JSON export and import.
 * Records refer to each other by key, never by database id, so a data set moves between installations.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DataSet(List<OrganisationRecord> organisations, List<PartnershipRecord> partnerships, List<EventRecord> events) {

    public DataSet {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
        events = events == null ? List.of() : List.copyOf(events);
    }

    @JsonPropertyOrder({"key", "name", "aliases", "type", "country", "nutsRegion", "city", "website", "email",
            "description", "sectors", "valueChainStages", "technologies", "services", "targetMarkets", "facts",
            "memberCount", "smeCount", "staffFte", "yearFounded", "excellenceLabel", "sources", "notes"})
    public record OrganisationRecord(
            String key, String name, List<String> aliases, String type, String country, String nutsRegion,
            String city, String website, String email, String description, List<String> sectors,
            List<String> valueChainStages, List<String> technologies, List<String> services,
            List<String> targetMarkets, List<String> facts, Integer memberCount, Integer smeCount,
            BigDecimal staffFte, Integer yearFounded, ExcellenceLabel excellenceLabel,
            List<Source> sources, List<String> notes) {

        public OrganisationRecord {
            aliases = listOf(aliases);
            sectors = listOf(sectors);
            valueChainStages = listOf(valueChainStages);
            technologies = listOf(technologies);
            services = listOf(services);
            targetMarkets = listOf(targetMarkets);
            facts = listOf(facts);
            sources = listOf(sources);
            notes = listOf(notes);
        }
    }

    @JsonPropertyOrder({"key", "acronym", "name", "programme", "strand", "listNumber", "periodStart", "periodEnd",
            "sectors", "partners", "objectives", "mainActivities", "targetMarkets", "targetRegions", "smesInvolved",
            "results", "website", "sources", "notes"})
    public record PartnershipRecord(
            String key, String acronym, String name, Programme programme, Strand strand, Integer listNumber,
            LocalDate periodStart, LocalDate periodEnd, List<String> sectors, List<PartnerRecord> partners,
            List<String> objectives, List<String> mainActivities, List<String> targetMarkets,
            List<String> targetRegions, Integer smesInvolved, List<String> results, String website,
            List<Source> sources, List<String> notes) {

        public PartnershipRecord {
            sectors = listOf(sectors);
            partners = listOf(partners);
            objectives = listOf(objectives);
            mainActivities = listOf(mainActivities);
            targetMarkets = listOf(targetMarkets);
            targetRegions = listOf(targetRegions);
            results = listOf(results);
            sources = listOf(sources);
            notes = listOf(notes);
        }
    }

    /** A partner, by organisation key. */
    @JsonPropertyOrder({"organisation", "country", "role", "coordinator"})
    public record PartnerRecord(String organisation, String country, String role, boolean coordinator) {
    }

    @JsonPropertyOrder({"key", "kind", "name", "startDate", "endDate", "deadline", "city", "country", "organisers",
            "description", "figures", "url", "sources", "notes"})
    public record EventRecord(
            String key, EventKind kind, String name, LocalDate startDate, LocalDate endDate, LocalDate deadline,
            String city, String country, List<String> organisers, String description, List<Figure> figures,
            String url, List<Source> sources, List<String> notes) {

        public EventRecord {
            organisers = listOf(organisers);
            figures = listOf(figures);
            sources = listOf(sources);
            notes = listOf(notes);
        }
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
