package eu.clusterbridge.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.directory.ImportedOrganisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.search.DirectorySearch;
import eu.clusterbridge.search.Facet;
import eu.clusterbridge.search.SearchQuery;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Directory benchmark (a program, not a test): bulk-imports N synthetic organisations into a fresh embedded
 * PostgreSQL and Lucene index, then runs Q mixed text + facet searches and prints import time and search
 * latency percentiles as a row for docs/benchmarks.md.
 *
 * <pre>./mvnw -q -pl app -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=eu.clusterbridge.benchmark.DirectoryBenchmark -Dexec.args="100000 1000"</pre>
 */
public final class DirectoryBenchmark {

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        try (ConfigurableApplicationContext context = BenchmarkApplication.start("clusterbridge-benchmark", false, false, "benchmark")) {
            SyntheticOrganisations synthetic = new SyntheticOrganisations(42);
            List<ImportedOrganisation> organisations = synthetic.generate(count);

            long start = System.nanoTime();
            context.getBean(Organisations.class).importAll(organisations);
            double importSeconds = (System.nanoTime() - start) / 1e9;

            DirectorySearch search = context.getBean(DirectorySearch.class);
            for (int i = 0; i < 100; i++) {
                search.search(query(synthetic, i));
            }
            double[] millis = new double[queries];
            for (int i = 0; i < queries; i++) {
                SearchQuery query = query(synthetic, i);
                long t = System.nanoTime();
                search.search(query);
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("| %s | %d organisations | import %.1f s | %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms | heap used %d MB |%n",
                    LocalDate.now(), count, importSeconds, queries, percentile(millis, 50), percentile(millis, 95),
                    percentile(millis, 99), millis[millis.length - 1],
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
        }
    }

    /** Mixed queries: text only, facets only, and text with one or two facets — as the directory page sends them. */
    private static SearchQuery query(SyntheticOrganisations synthetic, int i) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        String text = i % 4 == 1 ? "" : synthetic.query();
        if (i % 4 != 0) {
            filters.put(Facet.COUNTRY, List.of(synthetic.skewed(SyntheticOrganisations.COUNTRIES)));
        }
        if (i % 4 == 3) {
            filters.put(Facet.SECTOR, List.of(synthetic.skewed(SyntheticOrganisations.SECTORS)));
        }
        return new SearchQuery(text, filters, i % 10 == 9 ? 1 : 0, 20);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
