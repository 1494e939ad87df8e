package eu.clusterbridge.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Stable, readable keys for records ("Cluster Construcción Sostenible" → "cluster-construccion-sostenible"). */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "record" : slug;
    }

    /** The slug of {@code text}, with "-2", "-3"… appended while {@code taken} says it is in use. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
