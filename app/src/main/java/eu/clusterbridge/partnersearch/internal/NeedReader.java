package eu.clusterbridge.partnersearch.internal;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.clusterbridge.taxonomy.Country;
import eu.clusterbridge.taxonomy.Taxonomy;

/**
 * Reads the countries a free-text need names. "… in Portugal" or "… from Portugal" says where the partner should
 * be; any other country ("for a mission to Canada") is a target market. The country names are removed from the
 * words searched, so "Canada" does not look for organisations that merely mention it.
 */
public final class NeedReader {

    /** What a need says, read. */
    public record Reading(String words, Set<String> locatedIn, Set<String> markets) {
    }

    private record CountryName(String code, Pattern mention, Pattern name) {
    }

    /** Longest names first, so "South Sudan" is read before "Sudan" can take its last word. */
    private final List<CountryName> names;

    public NeedReader(Taxonomy taxonomy) {
        this.names = taxonomy.countries().stream()
                .flatMap(country -> names(country).stream().map(name -> new CountryName(country.code(),
                        Pattern.compile("(\\b(?:in|from)\\s+(?:the\\s+)?)?\\b" + Pattern.quote(name) + "\\b"),
                        Pattern.compile("\\b" + Pattern.quote(name) + "\\b"))))
                .sorted(Comparator.comparingInt((CountryName name) -> name.name().pattern().length()).reversed())
                .toList();
    }

    public Reading read(String need) {
        String text = fold(need);
        Set<String> locatedIn = new LinkedHashSet<>();
        Set<String> markets = new LinkedHashSet<>();
        for (CountryName name : names) {
            Matcher matcher = name.mention().matcher(text);
            boolean found = false;
            while (matcher.find()) {
                found = true;
                (matcher.group(1) != null ? locatedIn : markets).add(name.code());
            }
            if (found) {
                text = name.name().matcher(text).replaceAll(" ");
            }
        }
        markets.removeAll(locatedIn);
        return new Reading(text.replaceAll("\\s+", " ").strip(), locatedIn, markets);
    }

    /** The short name and, for names like "United States of America", the part before " of ". */
    private static Set<String> names(Country country) {
        Set<String> names = new LinkedHashSet<>();
        String name = fold(country.name()).replaceAll("\\s*\\(.*\\)", "");
        names.add(name);
        int comma = name.indexOf(',');
        if (comma > 0) {
            names.add(name.substring(0, comma));
        }
        if (country.code().equals("US")) {
            names.add("united states");
            names.add("usa");
        }
        if (country.code().equals("GB")) {
            names.add("united kingdom");
        }
        return names;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
