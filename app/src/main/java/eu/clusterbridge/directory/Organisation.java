package eu.clusterbridge.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import eu.clusterbridge.shared.SourcedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/**
 * A cluster organisation or one of its members. The search field names ({@code name}, {@code type},
 * {@code country}, {@code sector}, {@code targetMarket}…) are shared with partnerships so one query searches both.
 */
@Entity
@Table(name = "directory_organisation")
@Indexed(index = "organisation")
public class Organisation extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_ids")
    @SequenceGenerator(name = "organisation_ids", sequenceName = "directory_organisation_seq", allocationSize = 50)
    private Long id;

    @KeywordField
    private String key;

    @FullTextField(analyzer = "text")
    @KeywordField(name = "name_sort", normalizer = "sort", sortable = Sortable.YES)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(analyzer = "text")
    private List<String> aliases = new ArrayList<>();

    @KeywordField(aggregable = Aggregable.YES)
    private String type;

    @KeywordField(aggregable = Aggregable.YES)
    private String country;

    @Column(name = "nuts_region")
    @KeywordField(name = "nutsRegion", aggregable = Aggregable.YES)
    private String nutsRegion;

    private String city;
    private String website;
    private String email;

    @FullTextField(analyzer = "text")
    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    private List<String> sectors = new ArrayList<>();

    @Column(name = "value_chain_stages")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(name = "valueChainStage", aggregable = Aggregable.YES)
    private List<String> valueChainStages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(name = "activities", analyzer = "text")
    private List<String> technologies = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(name = "services", analyzer = "text")
    private List<String> services = new ArrayList<>();

    @Column(name = "target_markets")
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(name = "targetMarket", aggregable = Aggregable.YES)
    private List<String> targetMarkets = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @FullTextField(name = "details", analyzer = "text")
    private List<String> facts = new ArrayList<>();

    @Column(name = "member_count")
    private Integer memberCount;

    @Column(name = "sme_count")
    private Integer smeCount;

    @Column(name = "staff_fte")
    private BigDecimal staffFte;

    @Column(name = "year_founded")
    private Integer yearFounded;

    @Column(name = "excellence_label")
    @Enumerated(EnumType.STRING)
    @GenericField(name = "label", aggregable = Aggregable.YES)
    private ExcellenceLabel excellenceLabel;

    /** Indexed so that search can leave out what is not public; seeds and imports are published. */
    @Column(name = "publication_status")
    @Enumerated(EnumType.STRING)
    @GenericField(name = "status")
    private PublicationStatus publicationStatus = PublicationStatus.PUBLISHED;

    protected Organisation() {
    }

    public Organisation(String key, String name, String type, String country) {
        this.key = key;
        this.name = name;
        this.type = type;
        this.country = country;
    }

    /** The {@code kind} search field: organisations and partnerships share one result list. */
    @KeywordField(name = "kind", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getKind() {
        return "ORGANISATION";
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getName() { return name; }
    public List<String> getAliases() { return aliases; }
    public String getType() { return type; }
    public String getCountry() { return country; }
    public String getNutsRegion() { return nutsRegion; }
    public String getCity() { return city; }
    public String getWebsite() { return website; }
    public String getEmail() { return email; }
    public String getDescription() { return description; }
    public List<String> getSectors() { return sectors; }
    public List<String> getValueChainStages() { return valueChainStages; }
    public List<String> getTechnologies() { return technologies; }
    public List<String> getServices() { return services; }
    public List<String> getTargetMarkets() { return targetMarkets; }
    public List<String> getFacts() { return facts; }
    public Integer getMemberCount() { return memberCount; }
    public Integer getSmeCount() { return smeCount; }
    /** Staff as entered (0.5, not the column's 0.50), so exports and imports compare equal. */
    public BigDecimal getStaffFte() {
        if (staffFte == null) {
            return null;
        }
        BigDecimal plain = staffFte.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
    public Integer getYearFounded() { return yearFounded; }
    public ExcellenceLabel getExcellenceLabel() { return excellenceLabel; }
    public PublicationStatus getPublicationStatus() { return publicationStatus; }
    public boolean isPublished() { return publicationStatus == PublicationStatus.PUBLISHED; }

    void changePublicationStatus(PublicationStatus status) {
        this.publicationStatus = status;
    }

    /** Replaces the editable profile; the key, provenance and audit times stay. */
    public void updateProfile(OrganisationProfile profile) {
        this.name = profile.name();
        this.aliases = new ArrayList<>(profile.aliases());
        this.type = profile.type();
        this.country = profile.country();
        this.nutsRegion = profile.nutsRegion();
        this.city = profile.city();
        this.website = profile.website();
        this.email = profile.email();
        this.description = profile.description();
        this.sectors = new ArrayList<>(profile.sectors());
        this.valueChainStages = new ArrayList<>(profile.valueChainStages());
        this.technologies = new ArrayList<>(profile.technologies());
        this.services = new ArrayList<>(profile.services());
        this.targetMarkets = new ArrayList<>(profile.targetMarkets());
        this.facts = new ArrayList<>(profile.facts());
        this.memberCount = profile.memberCount();
        this.smeCount = profile.smeCount();
        this.staffFte = profile.staffFte();
        this.yearFounded = profile.yearFounded();
        this.excellenceLabel = profile.excellenceLabel();
    }

}
