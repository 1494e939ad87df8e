package eu.clusterbridge.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.Need;
import eu.clusterbridge.partnersearch.PartnerRecommendations;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.partnerships.ImportedPartnership;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.PartnershipProfile;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.partnerships.Programme;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Recommendation speed at scale (a program, not a test): imports N synthetic organisations and P synthetic
 * partnerships of 3–8 partners into a fresh embedded PostgreSQL and Lucene index, then times Q top-10
 * recommendations of each kind — for an organisation, for a partnership, for a free-text need — through
 * {@link PartnerRecommendations} (retrieval, network, scoring, explanations; no HTTP) and prints percentiles.
 *
 * <pre>./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.clusterbridge.benchmark.RecommendationBenchmark -Dexec.args="100000 2000 300"</pre>
 */
public final class RecommendationBenchmark {

    private RecommendationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int partnershipCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        try (ConfigurableApplicationContext context = BenchmarkApplication.start("clusterbridge-recommendation-benchmark", false, false, "benchmark")) {
            SyntheticOrganisations synthetic = new SyntheticOrganisations(42);
            Map<String, Long> ids = context.getBean(Organisations.class).importAll(synthetic.generate(count));
            List<Long> organisationIds = new ArrayList<>(ids.values());
            Random random = new Random(7);
            Partnerships partnerships = context.getBean(Partnerships.class);
            List<ImportedPartnership> imported = new ArrayList<>();
            for (int i = 0; i < partnershipCount; i++) {
                Set<Long> members = new LinkedHashSet<>();
                int size = 3 + random.nextInt(6);
                while (members.size() < size) {
                    members.add(organisationIds.get(random.nextInt(organisationIds.size())));
                }
                imported.add(new ImportedPartnership("synthetic-partnership-" + i, new PartnershipProfile("SP" + i, "Synthetic " + synthetic.query(),
                        Programme.OTHER, null, null, null, null, List.of(synthetic.skewed(SyntheticOrganisations.SECTORS)),
                        List.of(synthetic.query()), List.of(), List.of("CA"), List.of(), null, List.of(), null,
                        members.stream().map(id -> new Partner(id, null, "partner", false)).toList()), List.of(), List.of()));
            }
            partnerships.importAll(imported);
            List<Long> partnershipIds = partnerships.all().stream().map(p -> p.getId()).toList();

            PartnerRecommendations recommendations = context.getBean(PartnerRecommendations.class);
            RecommendationFilters top10 = RecommendationFilters.top(10);
            String[] needs = {"smart packaging partners in Portugal for a mission to Canada", "photonics sensors for medical imaging",
                    "recycling of composites in automotive", "food traceability blockchain partners in Italy", "hydrogen battery mobility"};
            System.out.printf("| %s | %d organisations, %d partnerships | %s | heap used %d MB |%n", LocalDate.now(), count, partnershipCount,
                    String.join(" | ", List.of(
                            time("organisation", queries, i -> recommendations.forOrganisation(organisationIds.get(random.nextInt(organisationIds.size())), top10)),
                            time("partnership", queries, i -> recommendations.forPartnership(partnershipIds.get(random.nextInt(partnershipIds.size())), top10)),
                            time("need", queries, i -> recommendations.forNeed(Need.of(needs[i % needs.length] + " " + synthetic.query()), top10)))),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
        }
    }

    /** Warms up with 50 requests, then times {@code queries} and returns "kind p50 / p95 / max ms". */
    private static String time(String kind, int queries, IntConsumer request) {
        for (int i = 0; i < 50; i++) {
            request.accept(i);
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            request.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return String.format("%s p50 %.1f ms, p95 %.1f ms, max %.1f ms", kind, percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
