package eu.clusterbridge.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.List;

import jakarta.persistence.CollectionTable;
import eu.clusterbridge.shared.SourcedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/** A cluster partnership and its partners. Search fields share their names with organisations. */
@Entity
@Table(name = "partnerships_partnership")
@Indexed(index = "partnership")
public class Partnership extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    private String key;

    @FullTextField(name = "aliases", analyzer = "text")
    private String acronym;

    @FullTextField(analyzer = "text")
    private String name;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    private Strand strand;

    @Column(name = "list_number")
    private Integer listNumber;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    private List<String> sectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(analyzer = "text")
    private List<String> objectives = new ArrayList<>();

    @Column(name = "main_activities")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(name = "activities", analyzer = "text")
    private List<String> mainActivities = new ArrayList<>();

    @Column(name = "target_markets")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(name = "targetMarket", aggregable = Aggregable.YES)
    private List<String> targetMarkets = new ArrayList<>();

    @Column(name = "target_regions")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> targetRegions = new ArrayList<>();

    @Column(name = "smes_involved")
    private Integer smesInvolved;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(name = "details", analyzer = "text")
    private List<String> results = new ArrayList<>();

    private String website;

    @ElementCollection
    @CollectionTable(name = "partnerships_partner", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    protected Partnership() {
    }

    public Partnership(String key, PartnershipProfile profile) {
        this.key = key;
        updateProfile(profile);
    }

    /** The {@code kind} search field: organisations and partnerships share one result list. */
    @KeywordField(name = "kind", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getKind() {
        return "PARTNERSHIP";
    }

    /** Partnerships appear under the "type" facet as their own type, next to the organisation types. */
    @KeywordField(name = "type", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getType() {
        return "PARTNERSHIP";
    }

    /** The partners' countries: a partnership is found under every country it has a partner in. */
    @KeywordField(name = "country", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "partners")))
    public List<String> getPartnerCountries() {
        return partners.stream().map(Partner::country).filter(Objects::nonNull).distinct().toList();
    }

    @KeywordField(name = "name_sort", normalizer = "sort", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "acronym")))
    public String getSortName() {
        return acronym;
    }

    public void updateProfile(PartnershipProfile profile) {
        this.acronym = profile.acronym();
        this.name = profile.name();
        this.programme = profile.programme();
        this.strand = profile.strand();
        this.listNumber = profile.listNumber();
        this.periodStart = profile.periodStart();
        this.periodEnd = profile.periodEnd();
        this.sectors = new ArrayList<>(profile.sectors());
        this.objectives = new ArrayList<>(profile.objectives());
        this.mainActivities = new ArrayList<>(profile.mainActivities());
        this.targetMarkets = new ArrayList<>(profile.targetMarkets());
        this.targetRegions = new ArrayList<>(profile.targetRegions());
        this.smesInvolved = profile.smesInvolved();
        this.results = new ArrayList<>(profile.results());
        this.website = profile.website();
        this.partners = new ArrayList<>(profile.partners());
    }

    void removePartner(Long organisationId) {
        partners.removeIf(partner -> partner.organisationId().equals(organisationId));
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getAcronym() { return acronym; }
    public String getName() { return name; }
    public Programme getProgramme() { return programme; }
    public Strand getStrand() { return strand; }
    public Integer getListNumber() { return listNumber; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public List<String> getSectors() { return sectors; }
    public List<String> getObjectives() { return objectives; }
    public List<String> getMainActivities() { return mainActivities; }
    public List<String> getTargetMarkets() { return targetMarkets; }
    public List<String> getTargetRegions() { return targetRegions; }
    public Integer getSmesInvolved() { return smesInvolved; }
    public List<String> getResults() { return results; }
    public String getWebsite() { return website; }
    public List<Partner> getPartners() { return partners; }
}
