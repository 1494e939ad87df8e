package eu.clusterbridge.partnersearch.internal;

import eu.clusterbridge.partnersearch.Signal;

/**
 * Rule: interregional partnerships gain from partners elsewhere — a country the seeker is not in yet counts 1,
 * another region of one of its countries ½; a need that names countries ("… in Portugal") counts 1 for a partner there.
 */
public final class Geography implements ScoringSignal {

    private final Names names;

    public Geography(Names names) {
        this.names = names;
    }

    @Override
    public Signal signal() {
        return Signal.GEOGRAPHY;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        String country = candidate.country();
        if (country == null) {
            return Score.NONE;
        }
        if (!seeker.wantedCountries().isEmpty()) {
            return seeker.wantedCountries().contains(country) ? new Score(1, "Based in " + names.country(country) + ", as asked") : Score.NONE;
        }
        if (seeker.countries().isEmpty()) {
            return Score.NONE;
        }
        if (!seeker.countries().contains(country)) {
            return new Score(1, "Brings in another country: " + names.country(country));
        }
        String region = candidate.region();
        if (region != null && !seeker.regions().isEmpty() && seeker.regions().stream().noneMatch(own -> nested(own, region))) {
            return new Score(0.5, "Another region of " + names.country(country) + ": " + names.region(region));
        }
        return Score.NONE;
    }

    /** NUTS codes nest by prefix: DE71 lies in DE7, so they are not different regions. */
    private static boolean nested(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }
}
