package eu.clusterbridge.taxonomy;

/**
 * A country by its ISO 3166-1 codes.
 *
 * @param code     alpha-2 code, the one every module stores ("GR", never the alias "EL")
 * @param alpha3   alpha-3 code
 * @param numeric  three-digit numeric code, kept as text because its leading zeros matter
 * @param name     English short name
 * @param grouping EU member state, EFTA, candidate or other
 * @param nuts     the NUTS 0 code ("EL" for Greece), or {@code null} where NUTS 2021 has no regions
 */
public record Country(String code, String alpha3, String numeric, String name, CountryGroup grouping, String nuts) {

    public boolean hasNutsRegions() {
        return nuts != null;
    }
}
