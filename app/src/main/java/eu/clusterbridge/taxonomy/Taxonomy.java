package eu.clusterbridge.taxonomy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import eu.clusterbridge.taxonomy.internal.TaxonomyData;
import eu.clusterbridge.taxonomy.internal.TaxonomyReader;
import org.springframework.stereotype.Component;

/**
 * The reference data, read once at start-up and immutable afterwards, so look-ups are plain map reads that any
 * thread may do. Codes are matched exactly as written in the files (upper-case country and NUTS codes, kebab-case
 * sector codes): records should store the canonical code, and {@link #country(String)} maps the Eurostat aliases
 * UK and EL to GB and GR for that. A malformed file stops the start-up with its name and line.
 */
@Component
public class Taxonomy {

    private final Map<String, Country> countries;
    private final Map<String, String> countryAliases;
    private final Map<String, NutsRegion> nutsRegions;
    private final Map<String, Sector> sectors;
    private final Map<String, OrganisationType> organisationTypes;
    private final Map<String, ValueChainStage> valueChainStages;

    public Taxonomy() {
        this(TaxonomyReader.read());
    }

    Taxonomy(TaxonomyData data) {
        countries = index(data.countries(), Country::code);
        countryAliases = data.countryAliases();
        nutsRegions = index(data.nutsRegions(), NutsRegion::code);
        sectors = index(data.sectors(), Sector::code);
        organisationTypes = index(data.organisationTypes(), OrganisationType::code);
        valueChainStages = index(data.valueChainStages().stream()
                .sorted(Comparator.comparingInt(ValueChainStage::position)).toList(), ValueChainStage::code);
    }

    /** The country with ISO alpha-2 code {@code code}, or with Eurostat alias UK or EL. */
    public Optional<Country> country(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countries.get(countryAliases.getOrDefault(code, code)));
    }

    /** All 249 countries, by alpha-2 code. */
    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public List<Country> countries(CountryGroup grouping) {
        return countries.values().stream().filter(country -> country.grouping() == grouping).toList();
    }

    public boolean isCountry(String code) {
        return country(code).isPresent();
    }

    /** Whether {@code code} is an ISO alpha-2 code as stored (GB, not the alias UK), so facets never split a country. */
    public boolean isIsoCountry(String code) {
        return code != null && countries.containsKey(code);
    }

    public Optional<NutsRegion> nutsRegion(String code) {
        return Optional.ofNullable(code == null ? null : nutsRegions.get(code));
    }

    /** The NUTS units of a country (ISO code or alias) at one level, in code order; empty for countries NUTS does not cover. */
    public List<NutsRegion> nutsRegions(String countryCode, int level) {
        return nutsRegions(countryCode).stream().filter(region -> region.level() == level).toList();
    }

    /** All NUTS units (levels 0 to 2) of a country, parents before their children. */
    public List<NutsRegion> nutsRegions(String countryCode) {
        return country(countryCode)
                .map(country -> nutsRegions.values().stream().filter(region -> region.country().equals(country.code())).toList())
                .orElse(List.of());
    }

    public List<NutsRegion> nutsRegions() {
        return List.copyOf(nutsRegions.values());
    }

    public boolean isNutsRegion(String code) {
        return nutsRegion(code).isPresent();
    }

    /** Whether NUTS unit {@code regionCode} lies in country {@code countryCode} (ISO code or alias). */
    public boolean nutsRegionIsIn(String regionCode, String countryCode) {
        Optional<Country> country = country(countryCode);
        return nutsRegion(regionCode).filter(region -> country.map(Country::code).filter(region.country()::equals).isPresent()).isPresent();
    }

    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(code == null ? null : sectors.get(code));
    }

    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    public List<Sector> sectors(SectorKind kind) {
        return sectors.values().stream().filter(sector -> sector.kind() == kind).toList();
    }

    /** Whether {@code code} is a sector of any kind: cluster sector, emerging industry, S3 area or ecosystem. */
    public boolean isSector(String code) {
        return sector(code).isPresent();
    }

    public Optional<OrganisationType> organisationType(String code) {
        return Optional.ofNullable(code == null ? null : organisationTypes.get(code));
    }

    public List<OrganisationType> organisationTypes() {
        return List.copyOf(organisationTypes.values());
    }

    public boolean isOrganisationType(String code) {
        return organisationType(code).isPresent();
    }

    public Optional<ValueChainStage> valueChainStage(String code) {
        return Optional.ofNullable(code == null ? null : valueChainStages.get(code));
    }

    /** The stages in chain order, upstream first. */
    public List<ValueChainStage> valueChainStages() {
        return List.copyOf(valueChainStages.values());
    }

    public boolean isValueChainStage(String code) {
        return valueChainStage(code).isPresent();
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> code) {
        Map<String, T> index = new LinkedHashMap<>();
        records.forEach(record -> index.put(code.apply(record), record));
        return java.util.Collections.unmodifiableMap(index);
    }
}
