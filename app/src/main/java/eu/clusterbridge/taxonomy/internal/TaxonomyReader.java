package eu.clusterbridge.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import eu.clusterbridge.taxonomy.Country;
import eu.clusterbridge.taxonomy.CountryGroup;
import eu.clusterbridge.taxonomy.NutsRegion;
import eu.clusterbridge.taxonomy.OrganisationType;
import eu.clusterbridge.taxonomy.Sector;
import eu.clusterbridge.taxonomy.SectorKind;
import eu.clusterbridge.taxonomy.TripleHelix;
import eu.clusterbridge.taxonomy.ValueChainStage;

/**
 * Turns the files under {@code classpath:taxonomy/} into records and checks that they agree with each other
 * (every NUTS parent exists one level up, every alias points at a real country, no code is used twice), so a
 * typo in a data file stops the start-up instead of letting bad codes into the database.
 */
public final class TaxonomyReader {

    private static final String DIRECTORY = "taxonomy/";
    private static final Map<String, SectorKind> SECTOR_FILES = sectorFiles();

    private TaxonomyReader() {
    }

    public static TaxonomyData read() {
        List<Country> countries = unique("countries.csv", CsvFile.read(DIRECTORY + "countries.csv"), TaxonomyReader::country, Country::code);
        Map<String, Country> byCode = index(countries, Country::code);
        Map<String, String> aliases = aliases(byCode);
        List<NutsRegion> regions = unique("nuts-2021.csv", CsvFile.read(DIRECTORY + "nuts-2021.csv"), row -> nutsRegion(row, byCode), NutsRegion::code);
        checkHierarchy(regions);
        return new TaxonomyData(countries, aliases, regions, sectors(),
                unique("organisation-types.csv", CsvFile.read(DIRECTORY + "organisation-types.csv"), TaxonomyReader::organisationType, OrganisationType::code),
                unique("value-chain-stages.csv", CsvFile.read(DIRECTORY + "value-chain-stages.csv"), TaxonomyReader::stage, ValueChainStage::code));
    }

    private static Country country(CsvRow row) {
        String code = code(row, "code", "[A-Z]{2}");
        String nuts = row.optional("nuts");
        CountryGroup grouping = row.enumValue("grouping", CountryGroup.class);
        if ((nuts == null) != (grouping == CountryGroup.OTHER)) {
            throw row.problem("a country has a NUTS code exactly when it is EU, EFTA or candidate");
        }
        return new Country(code, code(row, "alpha3", "[A-Z]{3}"), code(row, "numeric", "[0-9]{3}"), row.required("name"), grouping, nuts);
    }

    private static Map<String, String> aliases(Map<String, Country> countries) {
        String file = DIRECTORY + "country-aliases.csv";
        Map<String, String> aliases = new LinkedHashMap<>();
        for (CsvRow row : CsvFile.read(file)) {
            String alias = code(row, "alias", "[A-Z]{2}");
            String code = row.required("code");
            if (!countries.containsKey(code)) {
                throw row.problem("alias " + alias + " points at unknown country " + code);
            }
            if (countries.containsKey(alias) || aliases.put(alias, code) != null) {
                throw row.problem("alias " + alias + " is already a country code or alias");
            }
        }
        return Map.copyOf(aliases);
    }

    private static NutsRegion nutsRegion(CsvRow row, Map<String, Country> countries) {
        String code = code(row, "code", "[A-Z]{2}[0-9A-Z]{0,3}");
        int level = row.integer("level");
        if (level != code.length() - 2 || level > 2) {
            throw row.problem("level " + level + " does not fit code " + code + " (levels 0 to 2 only)");
        }
        Country country = countries.get(row.required("country"));
        if (country == null || !code.startsWith(String.valueOf(country.nuts()))) {
            throw row.problem("country " + row.required("country") + " is unknown or its NUTS code is not a prefix of " + code);
        }
        String parent = row.optional("parent");
        if ((level == 0) != (parent == null)) {
            throw row.problem("only a level-0 unit has no parent");
        }
        return new NutsRegion(code, level, row.required("name"), parent, country.code());
    }

    private static void checkHierarchy(List<NutsRegion> regions) {
        Map<String, NutsRegion> byCode = index(regions, NutsRegion::code);
        for (NutsRegion region : regions) {
            NutsRegion parent = region.parent() == null ? null : byCode.get(region.parent());
            if (region.parent() != null && (parent == null || parent.level() != region.level() - 1
                    || !region.code().startsWith(parent.code()))) {
                throw new MalformedTaxonomyFile(DIRECTORY + "nuts-2021.csv", 0,
                        region.code() + " has parent " + region.parent() + ", which is not a unit one level up");
            }
        }
    }

    private static List<Sector> sectors() {
        List<Sector> sectors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        SECTOR_FILES.forEach((file, kind) -> {
            for (CsvRow row : CsvFile.read(DIRECTORY + file)) {
                Sector sector = new Sector(code(row, "code", "[a-z0-9]+(-[a-z0-9]+)*"), row.required("name"), kind);
                if (!codes.add(sector.code())) {
                    throw row.problem("sector code " + sector.code() + " is already used");
                }
                sectors.add(sector);
            }
        });
        return List.copyOf(sectors);
    }

    private static OrganisationType organisationType(CsvRow row) {
        String helix = row.required("triple_helix");
        return new OrganisationType(code(row, "code", "[A-Z][A-Z_]*"), row.required("label"),
                "n.a.".equals(helix) ? TripleHelix.NONE : row.enumValue("triple_helix", TripleHelix.class));
    }

    private static ValueChainStage stage(CsvRow row) {
        return new ValueChainStage(code(row, "code", "[a-z0-9]+(-[a-z0-9]+)*"), row.integer("position"), row.required("name"), row.required("porter"));
    }

    private static String code(CsvRow row, String column, String pattern) {
        String value = row.required(column);
        if (!value.matches(pattern)) {
            throw row.problem("column '" + column + "' is '" + value + "', which does not match " + pattern);
        }
        return value;
    }

    private static <T> List<T> unique(String file, List<CsvRow> rows, Function<CsvRow, T> reader, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        List<T> records = new ArrayList<>();
        for (CsvRow row : rows) {
            T record = reader.apply(row);
            if (!seen.add(code.apply(record))) {
                throw row.problem("code " + code.apply(record) + " appears twice in " + file);
            }
            records.add(record);
        }
        return List.copyOf(records);
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> code) {
        Map<String, T> index = new HashMap<>();
        records.forEach(record -> index.put(code.apply(record), record));
        return index;
    }

    private static Map<String, SectorKind> sectorFiles() {
        Map<String, SectorKind> files = new LinkedHashMap<>();
        files.put("cluster-sectors.csv", SectorKind.CLUSTER_SECTOR);
        files.put("emerging-industries.csv", SectorKind.EMERGING_INDUSTRY);
        files.put("s3-thematic-areas.csv", SectorKind.S3_AREA);
        files.put("industrial-ecosystems.csv", SectorKind.ECOSYSTEM);
        return files;
    }
}
