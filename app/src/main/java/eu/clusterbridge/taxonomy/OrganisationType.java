package eu.clusterbridge.taxonomy;

/**
 * A kind of organisation in the directory.
 *
 * @param code        stable code the seed files use ("SME", "UNIVERSITY")
 * @param label       English label for people
 * @param tripleHelix the helix it counts towards in a cluster's membership mix
 */
public record OrganisationType(String code, String label, TripleHelix tripleHelix) {
}
