package eu.clusterbridge.taxonomy;

/**
 * A territorial unit of the NUTS 2021 classification.
 *
 * @param code    NUTS code ("DE71"); its first two letters are Eurostat's country code, so Greece's start with "EL"
 * @param level   0 (country), 1 or 2
 * @param name    Latin-script name as Eurostat writes it
 * @param parent  the unit one level up, or {@code null} at level 0
 * @param country ISO 3166-1 alpha-2 code of the country ("GR" for an "EL…" region)
 */
public record NutsRegion(String code, int level, String name, String parent, String country) {
}
