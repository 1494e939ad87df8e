package eu.clusterbridge.directory;

import java.util.List;

import eu.clusterbridge.shared.Source;

/** An organisation arriving from a data set: its stable key, profile and provenance. */
public record ImportedOrganisation(String key, OrganisationProfile profile, List<Source> sources, List<String> notes) {
}
