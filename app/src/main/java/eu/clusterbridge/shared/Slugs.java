package eu.clusterbridge.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Stable, readable keys for records ("Cluster Construcción Sostenible" → "cluster-construccion-sostenible"). */
public final class Slugs {

    private Slugs() {
    }

    /** Letters that carry no combining accent, so Unicode decomposition alone would drop them. */
    private static final Map<String, String> PLAIN_LETTERS = Map.of("ł", "l", "ø", "o", "đ", "d", "ß", "ss", "æ", "ae",
            "œ", "oe", "ı", "i", "þ", "th");

    public static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : PLAIN_LETTERS.entrySet()) {
            lower = lower.replace(letter.getKey(), letter.getValue());
        }
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
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
