package eu.clusterbridge.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import eu.clusterbridge.directory.ImportedOrganisation;
import eu.clusterbridge.directory.OrganisationProfile;

/**
 * Realistic synthetic profiles for benchmarks: names, descriptions and competences drawn from a cluster
 * vocabulary, Zipf-like skew over countries and sectors (a few are very common), deterministic by seed.
 */
final class SyntheticOrganisations {

    static final String[] COUNTRIES = {"DE", "FR", "IT", "ES", "PL", "NL", "BE", "SE", "AT", "PT", "CZ", "DK", "FI", "RO",
            "HU", "GR", "IE", "SK", "SI", "BG", "HR", "LT", "LV", "EE", "LU", "CY", "MT", "NO", "CH", "TR"};
    static final String[] SECTORS = {"automotive", "medical-devices", "information-technology-and-analytical-instruments",
            "food-processing-and-manufacturing", "textile-manufacturing", "paper-and-packaging", "plastics",
            "aerospace-vehicles-and-defence", "biopharmaceuticals", "environmental-services", "transportation-and-logistics",
            "production-technology-and-heavy-machinery", "lighting-and-electrical-equipment", "wood-products",
            "hospitality-and-tourism", "emerging-digital-industries", "emerging-advanced-packaging",
            "emerging-blue-growth-industries", "emerging-mobility-technologies", "emerging-creative-industries"};
    static final String[] TYPES = {"SME", "SME", "SME", "SME", "LARGE_ENTERPRISE", "RESEARCH", "UNIVERSITY", "PUBLIC_BODY",
            "CLUSTER_ORGANISATION", "INVESTOR"};
    static final String[] WORDS = {"smart", "packaging", "photonics", "lasers", "textile", "composites", "recycling",
            "sensors", "robotics", "food", "traceability", "blockchain", "aerospace", "drones", "mobility", "battery",
            "hydrogen", "solar", "water", "circular", "construction", "timber", "medical", "diagnostics", "imaging",
            "software", "cybersecurity", "logistics", "maritime", "tourism", "design", "fashion", "cosmetics", "wellbeing",
            "agrifood", "biotech", "plastics", "coatings", "machining", "automation", "printing", "electronics",
            "semiconductors", "lighting", "energy", "efficiency", "data", "analytics", "cloud", "platform"};
    private static final String[] FORMS = {"Cluster", "Technologies", "Solutions", "Lab", "Institute", "Systems", "Industries",
            "Network", "Innovation", "Group"};

    private final Random random;

    SyntheticOrganisations(long seed) {
        this.random = new Random(seed);
    }

    List<ImportedOrganisation> generate(int count) {
        List<ImportedOrganisation> organisations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = capitalise(word()) + " " + capitalise(word()) + " " + FORMS[random.nextInt(FORMS.length)] + " " + i;
            organisations.add(new ImportedOrganisation("synthetic-" + i, new OrganisationProfile(name, List.of(), skewed(TYPES),
                    skewed(COUNTRIES), null, null, null, null, sentence(25), List.of(skewed(SECTORS), skewed(SECTORS)).stream().distinct().toList(),
                    List.of(), List.of(sentence(3), sentence(3)), List.of(sentence(4)), List.of(skewed(new String[] {"CA", "US", "JP", "BR", "IN", "CN", "MA", "ZA"})),
                    List.of(), random.nextInt(300), random.nextInt(200), BigDecimal.valueOf(random.nextInt(20) + 1), 1950 + random.nextInt(75), null),
                    List.of(), List.of()));
        }
        return organisations;
    }

    /** A query like users type: one to three vocabulary words. */
    String query() {
        int words = 1 + random.nextInt(3);
        StringBuilder query = new StringBuilder(word());
        for (int i = 1; i < words; i++) {
            query.append(' ').append(word());
        }
        return query.toString();
    }

    String skewed(String[] values) {
        // Zipf-like: the first values are much more frequent, as real directories are (Germany, France, Italy…).
        double u = random.nextDouble();
        return values[(int) Math.min(values.length - 1, Math.floor(Math.pow(u, 2.2) * values.length))];
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? capitalise(word()) : word()).append(i + 1 < words ? ' ' : '.');
        }
        return sentence.toString();
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
