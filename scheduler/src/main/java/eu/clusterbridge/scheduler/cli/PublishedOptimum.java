package eu.clusterbridge.scheduler.cli;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sizes and proved optimal breaks (fairness d = 2) of the 20 instances of Bofill et al., JAIR 74 (2022),
 * as tabled in instances/b2bsp-jair2022/README.md, so a benchmark run says whether the optimum was reached.
 */
record PublishedOptimum(String instance, int participants, int meetings, int slots, int tables, int breaks) {

    static final Map<String, PublishedOptimum> ALL = Stream.of(
            new PublishedOptimum("forum-13", 70, 154, 21, 14, 0),
            new PublishedOptimum("forum-13crafb", 76, 195, 22, 14, 6),
            new PublishedOptimum("forum-13crafc", 70, 154, 21, 12, 1),
            new PublishedOptimum("forum-14", 78, 302, 22, 22, 2),
            new PublishedOptimum("forumt-14", 60, 237, 10, 27, 5),
            new PublishedOptimum("forumt-14crafc", 60, 237, 10, 25, 5),
            new PublishedOptimum("forumt-14crafd", 60, 236, 10, 25, 4),
            new PublishedOptimum("forumt-14crafe", 60, 236, 10, 24, 5),
            new PublishedOptimum("tic-12", 42, 125, 8, 21, 0),
            new PublishedOptimum("tic-12crafc", 42, 125, 8, 16, 0),
            new PublishedOptimum("tic-13", 47, 180, 10, 21, 0),
            new PublishedOptimum("tic-13crafb", 46, 184, 10, 21, 0),
            new PublishedOptimum("tic-13crafc", 47, 180, 10, 19, 4),
            new PublishedOptimum("tic-14crafa", 60, 237, 10, 27, 0),
            new PublishedOptimum("tic-14crafc", 60, 237, 10, 25, 0),
            new PublishedOptimum("tic-14crafd", 60, 236, 10, 25, 0),
            new PublishedOptimum("ticf-13crafa", 70, 154, 21, 14, 0),
            new PublishedOptimum("ticf-13crafb", 76, 195, 22, 14, 3),
            new PublishedOptimum("ticf-13crafc", 70, 154, 21, 12, 1),
            new PublishedOptimum("ticf-14crafa", 78, 302, 22, 22, 0))
            .collect(Collectors.toUnmodifiableMap(PublishedOptimum::instance, o -> o));

    static Optional<PublishedOptimum> of(String instance) {
        return Optional.ofNullable(ALL.get(instance));
    }
}
