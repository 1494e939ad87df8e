package eu.clusterbridge.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.clusterbridge.shared.Source;
import eu.clusterbridge.shared.SourcedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event or call in the community calendar. */
@Entity
@Table(name = "community_event")
public class CommunityEvent extends SourcedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String key;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String name;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private LocalDate deadline;
    private String city;
    private String country;

    /** Organisation keys of the organisers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> organisers = new ArrayList<>();

    private String description;

    @Convert(converter = FiguresConverter.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Figure> figures = new ArrayList<>();

    private String url;

    protected CommunityEvent() {
    }

    public CommunityEvent(String key, EventDetails details, List<Source> sources, List<String> notes) {
        this.key = key;
        update(details, sources, notes);
    }

    void update(EventDetails details, List<Source> newSources, List<String> newNotes) {
        this.kind = details.kind();
        this.name = details.name();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.deadline = details.deadline();
        this.city = details.city();
        this.country = details.country();
        this.organisers = new ArrayList<>(details.organisers());
        this.description = details.description();
        this.figures = new ArrayList<>(details.figures());
        this.url = details.url();
        recordProvenance(newSources, newNotes);
    }

    public EventDetails details() {
        return new EventDetails(kind, name, startDate, endDate, deadline, city, country, organisers, description, figures, url);
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public EventKind getKind() { return kind; }
    public String getName() { return name; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public LocalDate getDeadline() { return deadline; }
    public String getCity() { return city; }
    public String getCountry() { return country; }
    public List<String> getOrganisers() { return organisers; }
    public String getDescription() { return description; }
    public List<Figure> getFigures() { return figures; }
    public String getUrl() { return url; }
}
