package eu.clusterbridge.partnerships;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A partner of a partnership: a directory organisation (by id — modules share no foreign keys), the country
 * it was listed with, its role and whether it coordinates.
 */
@Embeddable
public record Partner(
        @Column(name = "organisation_id") Long organisationId,
        String country,
        String role,
        boolean coordinator) {
}
