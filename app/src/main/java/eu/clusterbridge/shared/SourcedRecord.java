package eu.clusterbridge.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every directory record carries besides its own facts: where they come from (sources and transcription
 * notes), when it was created and last changed, and a version for optimistic locking — two editors saving the
 * same record cannot silently overwrite each other.
 */
@MappedSuperclass
public abstract class SourcedRecord {

    @Convert(converter = SourcesConverter.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> notes = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** Provenance is set by imports only: it says which source document each fact came from. */
    public void recordProvenance(List<Source> newSources, List<String> newNotes) {
        this.sources = new ArrayList<>(newSources);
        this.notes = new ArrayList<>(newNotes);
    }

    public List<Source> getSources() {
        return sources;
    }

    public List<String> getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
