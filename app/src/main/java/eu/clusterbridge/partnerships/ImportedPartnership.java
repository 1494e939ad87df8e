package eu.clusterbridge.partnerships;

import java.util.List;

import eu.clusterbridge.shared.Source;

/** A partnership arriving from a data set: its stable key, profile (partners by organisation id) and provenance. */
public record ImportedPartnership(String key, PartnershipProfile profile, List<Source> sources, List<String> notes) {
}
