package eu.clusterbridge.partnersearch.internal;

import java.util.Set;

import eu.clusterbridge.taxonomy.TripleHelix;

/**
 * Who asks for partners, reduced to what the signals compare: an organisation, a partnership (its partners taken
 * together) or a free-text need.
 *
 * @param kind               what the seeker is, which changes some explanations ("common past partners")
 * @param description        a sentence naming the seeker, for the answer
 * @param text               the words candidates are searched by
 * @param sectors            sectors (cluster sectors, emerging industries, S3 areas, ecosystems) of the seeker
 * @param stages             value-chain stages the seeker already covers
 * @param markets            target markets (ISO country codes)
 * @param countries          countries the seeker is in (a partnership: its partners' countries)
 * @param regions            NUTS regions the seeker is in
 * @param wantedCountries    countries a need asks the partner to be in ("… in Portugal"); preferred, not required
 * @param helices            triple-helix groups the consortium already has; empty for a need (no consortium yet)
 * @param members            organisations never recommended: the seeker itself, a partnership's partners
 * @param partners           the seeker's partners, for the network signal ("organisations that partnered with my partners")
 * @param excludedCandidates organisations left out as already partnered with the seeker
 * @param words              the content words of {@code text}, in order, for explanations
 */
public record Seeker(Kind kind, String description, String text, Set<String> sectors, Set<String> stages, Set<String> markets,
                     Set<String> countries, Set<String> regions, Set<String> wantedCountries, Set<TripleHelix> helices,
                     Set<Long> members, Set<Long> partners, Set<Long> excludedCandidates, Set<String> words) {

    public enum Kind { ORGANISATION, PARTNERSHIP, NEED }

    /** A seeker whose content words are those of its text (read once: every candidate's explanation compares with them). */
    public Seeker(Kind kind, String description, String text, Set<String> sectors, Set<String> stages, Set<String> markets,
                  Set<String> countries, Set<String> regions, Set<String> wantedCountries, Set<TripleHelix> helices,
                  Set<Long> members, Set<Long> partners, Set<Long> excludedCandidates) {
        this(kind, description, text, sectors, stages, markets, countries, regions, wantedCountries, helices, members, partners,
                excludedCandidates, Words.of(text));
    }

    public Seeker {
        sectors = Set.copyOf(sectors);
        stages = Set.copyOf(stages);
        markets = Set.copyOf(markets);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        wantedCountries = Set.copyOf(wantedCountries);
        helices = Set.copyOf(helices);
        members = Set.copyOf(members);
        partners = Set.copyOf(partners);
        excludedCandidates = Set.copyOf(excludedCandidates);
        words = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(words));
    }
}
