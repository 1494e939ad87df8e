package eu.clusterbridge.partnersearch.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, for the explanation "matches “packaging”, “sensors”" and for short search queries:
 * lower-case, accents folded, a plural "s" dropped, words under four letters and common filler words left out.
 */
public final class Words {

    private static final Set<String> FILLER = Set.of("with", "from", "that", "this", "their", "them", "they", "have", "will",
            "into", "also", "more", "other", "than", "such", "within", "between", "both", "each", "which", "where", "about",
            "partner", "partners", "looking", "need", "want", "seek", "find", "cluster", "clusters", "organisation",
            "organisations", "organization", "company", "companies", "european", "europe", "project", "projects");
    /** Short words a typed need is full of ("partners for a mission to …"), left out of queries. */
    private static final Set<String> SHORT_FILLER = Set.of("and", "the", "for", "with", "who", "are", "our", "any", "can", "new");

    private Words() {
    }

    /** The distinct content words of {@code text}, in order of first appearance (a plain loop: it runs for every candidate). */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                add(words, word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    private static void add(Set<String> words, String raw) {
        if (raw.length() < 4) {
            return;
        }
        String word = raw.toLowerCase(Locale.ROOT);
        if (!word.chars().allMatch(c -> c < 128)) {
            word = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        if (FILLER.contains(word)) {
            return;
        }
        words.add(word.endsWith("s") && !word.endsWith("ss") && word.length() > 4 ? word.substring(0, word.length() - 1) : word);
    }

    /** At most {@code max} distinct raw words of {@code text}, joined: a query short enough for any search backend. */
    public static String query(String text, int max) {
        if (text == null) {
            return "";
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && !FILLER.contains(lower) && !SHORT_FILLER.contains(lower)) {
                distinct.add(lower);
            }
            if (distinct.size() == max) {
                break;
            }
        }
        return String.join(" ", distinct);
    }
}
