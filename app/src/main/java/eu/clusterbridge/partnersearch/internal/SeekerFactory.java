package eu.clusterbridge.partnersearch.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.partnersearch.Need;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.taxonomy.TripleHelix;

/** Turns an organisation, a partnership with its partners, or a need into the {@link Seeker} the signals compare with. */
public final class SeekerFactory {

    private final Names names;
    private final NeedReader needs;

    public SeekerFactory(Names names, NeedReader needs) {
        this.names = names;
        this.needs = needs;
    }

    /** An organisation looks for new partners: its existing ones are left out, their partners are its network. */
    public Seeker organisation(Organisation o, CoPartnershipGraph graph, Set<Long> excludedPartnerships) {
        Set<Long> partners = graph.partnersOf(o.getId(), excludedPartnerships);
        return new Seeker(Seeker.Kind.ORGANISATION, o.getName(), CandidateRetrieval.profileText(o), Set.copyOf(o.getSectors()),
                Set.copyOf(o.getValueChainStages()), Set.copyOf(o.getTargetMarkets()), present(Arrays.asList(o.getCountry())),
                present(Arrays.asList(o.getNutsRegion())), Set.of(), Set.of(names.helix(o.getType())), Set.of(o.getId()), partners, partners);
    }

    /**
     * A partnership looks for who could join: its partners taken together are the seeker (their sectors, stages,
     * markets, places and helices), and anyone who partnered with one of them elsewhere is in its network. Partners
     * in {@code leftOut} are treated as if they had not joined (the evaluation holds partners out this way).
     */
    public Seeker partnership(Partnership p, Collection<Organisation> allPartners, Set<Long> leftOut) {
        List<Partner> listed = p.getPartners().stream().filter(partner -> !leftOut.contains(partner.organisationId())).toList();
        List<Organisation> partners = allPartners.stream().filter(o -> !leftOut.contains(o.getId())).toList();
        Set<Long> members = listed.stream().map(Partner::organisationId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> countries = new HashSet<>(present(listed.stream().map(Partner::country).toList()));
        countries.addAll(present(partners.stream().map(Organisation::getCountry).toList()));
        // The most telling words first (the query keeps only the first few dozen): name, partners' competences, objectives.
        String text = String.join(" ", p.getName(),
                partners.stream().map(o -> String.join(" ", String.join(" ", o.getTechnologies()), String.join(" ", o.getServices())))
                        .collect(Collectors.joining(" ")),
                String.join(" ", p.getObjectives()), String.join(" ", p.getMainActivities()),
                partners.stream().map(o -> o.getDescription() == null ? "" : o.getDescription()).collect(Collectors.joining(" ")));
        Set<String> sectors = new LinkedHashSet<>(p.getSectors());
        sectors.addAll(all(partners, Organisation::getSectors));
        Set<String> markets = new LinkedHashSet<>(p.getTargetMarkets());
        markets.addAll(all(partners, Organisation::getTargetMarkets));
        Set<TripleHelix> helices = partners.stream().map(o -> names.helix(o.getType())).collect(Collectors.toSet());
        return new Seeker(Seeker.Kind.PARTNERSHIP, p.getAcronym() + ": " + p.getName(), text, sectors,
                all(partners, Organisation::getValueChainStages), markets, countries,
                present(partners.stream().map(Organisation::getNutsRegion).toList()), Set.of(), helices, members, members, Set.of());
    }

    /** A need: its words, the countries it names (where the partner should be; markets) and its explicit structure. */
    public Seeker need(Need need) {
        NeedReader.Reading reading = needs.read(need.text());
        Set<String> markets = new LinkedHashSet<>(need.targetMarkets());
        markets.addAll(reading.markets());
        return new Seeker(Seeker.Kind.NEED, "“" + need.text().strip() + "”", reading.words(), Set.copyOf(need.sectors()),
                Set.copyOf(need.valueChainStages()), markets, Set.of(), Set.of(), reading.locatedIn(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static Set<String> all(Collection<Organisation> organisations, Function<Organisation, List<String>> values) {
        return organisations.stream().flatMap(o -> values.apply(o).stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> present(List<String> values) {
        return values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
