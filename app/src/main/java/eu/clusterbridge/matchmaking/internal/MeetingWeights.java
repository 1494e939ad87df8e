package eu.clusterbridge.matchmaking.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.matchmaking.MeetingRequest;

/**
 * What a meeting is worth to the scheduler, from the accepted requests between two participants:
 * <ul>
 *   <li>one-sided (only A asked B, with priority p): weight = p, so 1..5;</li>
 *   <li>mutual (A asked B with p and B asked A with q): weight = p + q + {@value #MUTUAL_BONUS}, so 5..13.</li>
 * </ul>
 * A mutual meeting is therefore never worth less than the most wanted one-sided one, and the scheduler, which
 * maximises the total weight, places meetings both sides asked for first when slots are short.
 */
public final class MeetingWeights {

    public static final int MUTUAL_BONUS = 3;

    /** One wanted meeting between {@code a < b}, with the requests behind it. */
    public record Pair(long a, long b, int weight, List<MeetingRequest> requests) {

        public String key() {
            return a + "-" + b;
        }
    }

    private MeetingWeights() {
    }

    public static int weight(List<Integer> priorities) {
        return priorities.size() == 1 ? priorities.get(0) : priorities.stream().mapToInt(Integer::intValue).sum() + MUTUAL_BONUS;
    }

    /** The accepted requests grouped by unordered pair of participants, in the order they were first requested. */
    public static List<Pair> pairs(List<MeetingRequest> accepted) {
        Map<String, List<MeetingRequest>> byPair = new LinkedHashMap<>();
        for (MeetingRequest r : accepted) {
            long a = Math.min(r.requesterId(), r.targetId());
            long b = Math.max(r.requesterId(), r.targetId());
            byPair.computeIfAbsent(a + "-" + b, k -> new ArrayList<>()).add(r);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<MeetingRequest> requests : byPair.values()) {
            MeetingRequest first = requests.get(0);
            pairs.add(new Pair(Math.min(first.requesterId(), first.targetId()), Math.max(first.requesterId(), first.targetId()),
                    weight(requests.stream().map(MeetingRequest::priority).toList()), List.copyOf(requests)));
        }
        return pairs;
    }
}
