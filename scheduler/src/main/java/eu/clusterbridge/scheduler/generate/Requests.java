package eu.clusterbridge.scheduler.generate;

import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Meeting requests: a requester chosen by activity asks a target chosen by popularity (on a two-sided
 * event, on the other side) and gives it 1–5 stars; when the target asks back, the interest is mutual and
 * the meeting weighs both ratings together.
 */
final class Requests {

    private static final double[] STARS = {0.10, 0.20, 0.30, 0.25, 0.15};
    private static final double MUTUAL = 0.15;

    private final Attendees attendees;
    private final RandomGenerator random;
    private final Map<Long, Integer> weightOfPair = new HashMap<>();
    private final List<int[]> pairs = new ArrayList<>();
    private int slots;

    Requests(Attendees attendees, RandomGenerator random) {
        this.attendees = attendees;
        this.random = random;
    }

    List<Meeting> generate(Family family) {
        int n = family.participants();
        slots = family.slots();
        WeightedPicker requesters = new WeightedPicker(attendees.activity);
        int[] sellers = IntStream.range(0, n).filter(i -> attendees.seller[i]).toArray();
        int[] buyers = IntStream.range(0, n).filter(i -> !attendees.seller[i]).toArray();
        WeightedPicker sellerTargets = picker(sellers);
        WeightedPicker buyerTargets = picker(buyers);
        long attempts = 0;
        while (pairs.size() < family.requests() && attempts++ < 50L * family.requests()) {
            int from = requesters.pick(random);
            int to;
            if (!family.twoSided()) {
                to = buyers[buyerTargets.pick(random)];
            } else if (attendees.seller[from]) {
                to = buyers[buyerTargets.pick(random)];
            } else {
                to = sellers[sellerTargets.pick(random)];
            }
            request(from, to);
        }
        List<Meeting> meetings = new ArrayList<>();
        for (int[] pair : pairs) {
            String id = "m" + (meetings.size() + 1);
            Participant a = attendees.participants.get(pair[0]);
            Participant b = attendees.participants.get(pair[1]);
            meetings.add(new Meeting(id, a.id(), b.id(), weightOfPair.get(key(pair[0], pair[1])), null, null, List.of()));
        }
        return meetings;
    }

    private void request(int from, int to) {
        Participant a = attendees.participants.get(from);
        Participant b = attendees.participants.get(to);
        // Matchmaking platforms let you request only people present at the same time as you.
        if (from == to || a.company().equals(b.company()) || !everFreeTogether(a, b)) {
            return;
        }
        long key = key(from, to);
        if (weightOfPair.containsKey(key)) {
            return;
        }
        int weight = stars();
        if (random.nextDouble() < MUTUAL) {
            weight += stars();
        }
        weightOfPair.put(key, weight);
        pairs.add(new int[] {from, to});
    }

    private boolean everFreeTogether(Participant a, Participant b) {
        for (int slot = 1; slot <= slots; slot++) {
            if (a.isAvailable(slot) && b.isAvailable(slot)) {
                return true;
            }
        }
        return false;
    }

    private int stars() {
        double x = random.nextDouble();
        for (int s = 0; s < STARS.length; s++) {
            x -= STARS[s];
            if (x < 0) {
                return s + 1;
            }
        }
        return STARS.length;
    }

    private WeightedPicker picker(int[] indices) {
        double[] weights = new double[Math.max(1, indices.length)];
        for (int i = 0; i < indices.length; i++) {
            weights[i] = attendees.popularity[indices[i]];
        }
        return new WeightedPicker(weights);
    }

    private static long key(int a, int b) {
        return Math.min(a, b) * 1_000_000L + Math.max(a, b);
    }
}
