package eu.clusterbridge.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import eu.clusterbridge.partnersearch.PartnerRecommendations;
import eu.clusterbridge.partnersearch.Recommendation;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.partnersearch.RecommendationWeights;
import eu.clusterbridge.partnersearch.Signal;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Partnerships;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leave-one-out evaluation of partner recommendations on the real partnerships of the seeds (a program, not a
 * test): for every partner of every partnership with at least two partners, hold that partner out, ask for the
 * partnership's recommendations (top 50) with the partnership's own ties left out of the network signal, and record
 * where the held-out partner ranks. Prints recall@10 and mean reciprocal rank (rank beyond 50 counts 0) for the
 * default weights, the text-only baseline and each signal switched off, all in the same run.
 *
 * <pre>./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.clusterbridge.benchmark.PartnerEvaluation</pre>
 */
public final class PartnerEvaluation {

    private static final int DEPTH = RecommendationFilters.MAX_LIMIT;

    private PartnerEvaluation() {
    }

    record HeldOut(Long partnershipId, Long partnerId) {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkApplication.start("clusterbridge-evaluation", false, true, "evaluation")) {
            PartnerRecommendations recommendations = context.getBean(PartnerRecommendations.class);
            List<HeldOut> cases = cases(context);
            long partnerships = cases.stream().map(HeldOut::partnershipId).distinct().count();
            System.out.printf("%s: %d held-out partners from %d partnerships (seed data), top %d asked each%n",
                    LocalDate.now(), cases.size(), partnerships, DEPTH);
            Map<String, RecommendationWeights> variants = new LinkedHashMap<>();
            variants.put("default weights", recommendations.weights());
            variants.put("text only (baseline)", RecommendationWeights.textOnly());
            for (Signal signal : Signal.values()) {
                variants.put("without " + signal.id(), recommendations.weights().with(signal, 0));
            }
            System.out.println("| variant | recall@10 | MRR | found in top 50 | ms per query |");
            System.out.println("|---|---|---|---|---|");
            variants.forEach((name, weights) -> evaluate(name, weights, cases, recommendations));
        }
    }

    private static List<HeldOut> cases(ConfigurableApplicationContext context) {
        Partnerships partnerships = context.getBean(Partnerships.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        return transaction.execute(status -> {
            List<HeldOut> cases = new ArrayList<>();
            for (Partnership partnership : partnerships.all()) {
                List<Long> partners = partnership.getPartners().stream().map(Partner::organisationId).filter(Objects::nonNull).distinct().toList();
                if (partners.size() >= 2) {
                    partners.forEach(partner -> cases.add(new HeldOut(partnership.getId(), partner)));
                }
            }
            return cases;
        });
    }

    private static void evaluate(String name, RecommendationWeights weights, List<HeldOut> cases, PartnerRecommendations recommendations) {
        int hitsAt10 = 0;
        int found = 0;
        double reciprocalRanks = 0;
        long start = System.nanoTime();
        for (HeldOut held : cases) {
            RecommendationFilters filters = RecommendationFilters.top(DEPTH).excludingPartnerships(List.of(held.partnershipId()));
            List<Recommendation> results = recommendations.forPartnershipWithout(held.partnershipId(), Set.of(held.partnerId()),
                    filters, weights).results();
            int rank = 0;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).organisationId().equals(held.partnerId())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank > 0) {
                found++;
                reciprocalRanks += 1.0 / rank;
                if (rank <= 10) {
                    hitsAt10++;
                }
            }
        }
        double millis = (System.nanoTime() - start) / 1e6 / cases.size();
        System.out.printf("| %s | %.3f (%d/%d) | %.3f | %d | %.1f |%n", name, (double) hitsAt10 / cases.size(), hitsAt10, cases.size(),
                reciprocalRanks / cases.size(), found, millis);
    }
}
