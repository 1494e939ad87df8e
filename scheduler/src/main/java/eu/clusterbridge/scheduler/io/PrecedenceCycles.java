package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Finds {@code after} chains that loop back on themselves, which no schedule could ever honour. */
final class PrecedenceCycles {

    private PrecedenceCycles() {
    }

    /** Meetings that must each come before the other can never all be held: reject the cycle up front. */
    static void reject(Instance instance, Map<String, Integer> indexById) {
        int[] state = new int[instance.meetings().size()];
        for (int start = 0; start < state.length; start++) {
            Deque<String> path = new ArrayDeque<>();
            if (state[start] == 0 && cycleFrom(instance, indexById, start, state, path)) {
                List<String> cycle = new ArrayList<>(path);
                Collections.reverse(cycle);
                cycle = cycle.subList(cycle.indexOf(cycle.get(cycle.size() - 1)), cycle.size());
                throw new InstanceFormatException("meetings[" + indexById.get(cycle.get(0)) + "].after",
                        "precedence cycle " + String.join(" after ", cycle));
            }
        }
    }

    /** Depth-first search; {@code state} 1 = on the current path, 2 = known to reach no cycle. */
    private static boolean cycleFrom(Instance instance, Map<String, Integer> indexById, int m, int[] state,
                                     Deque<String> path) {
        state[m] = 1;
        path.push(instance.meetings().get(m).id());
        for (String before : instance.meetings().get(m).after()) {
            int next = indexById.get(before);
            if (state[next] == 1) {
                path.push(before);
                return true;
            }
            if (state[next] == 0 && cycleFrom(instance, indexById, next, state, path)) {
                return true;
            }
        }
        path.pop();
        state[m] = 2;
        return false;
    }
}
