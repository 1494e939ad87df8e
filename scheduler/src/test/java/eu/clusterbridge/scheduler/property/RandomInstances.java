package eu.clusterbridge.scheduler.property;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random instances that exercise every rule (own tables, holes, caps, companies, sessions, fixed slots,
 * precedences, fairness, several blocks), built from one seed so a failing case can be replayed.
 */
public final class RandomInstances {

    private RandomInstances() {
    }

    public static Instance of(long seed, Mode mode) {
        Random random = new Random(seed);
        int slots = 3 + random.nextInt(5);
        List<SlotRange> blocks = random.nextBoolean() || slots < 4 ? List.of(new SlotRange(1, slots))
                : List.of(new SlotRange(1, slots / 2), new SlotRange(slots / 2 + 1, slots));
        Map<String, List<SlotRange>> sessions = new LinkedHashMap<>();
        sessions.put("early", List.of(new SlotRange(1, Math.max(1, slots / 2))));
        sessions.put("late", List.of(new SlotRange(slots / 2 + 1, slots)));
        int tables = 1 + random.nextInt(4);
        int people = 3 + random.nextInt(5);
        List<Participant> participants = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            Set<Integer> unavailable = new HashSet<>();
            if (random.nextInt(4) == 0) {
                unavailable.add(1 + random.nextInt(slots));
            }
            Integer cap = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null;
            String company = random.nextInt(3) == 0 ? "c" + random.nextInt(2) : null;
            Integer table = random.nextInt(5) == 0 ? 1 + random.nextInt(tables) : null;
            participants.add(new Participant("p" + i, unavailable, cap, company, table));
        }
        List<Meeting> meetings = new ArrayList<>();
        int count = 1 + random.nextInt(Math.min(14, people * (people - 1) / 2));
        Set<String> pairs = new HashSet<>();
        for (int attempt = 0; meetings.size() < count && attempt < 100; attempt++) {
            int a = 1 + random.nextInt(people);
            int b = 1 + random.nextInt(people);
            if (a == b || !pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                continue;
            }
            String session = random.nextInt(6) == 0 ? (random.nextBoolean() ? "early" : "late") : null;
            int slot = 1 + random.nextInt(slots);
            // A fixed slot one of them cannot attend is rejected by the readers, so it is never generated.
            boolean attendable = participants.get(a - 1).isAvailable(slot) && participants.get(b - 1).isAvailable(slot);
            Integer fixed = session == null && attendable && random.nextInt(8) == 0 ? slot : null;
            // Only earlier meetings can be predecessors, so precedences never form a cycle.
            List<String> after = !meetings.isEmpty() && random.nextInt(6) == 0
                    ? List.of(meetings.get(random.nextInt(meetings.size())).id()) : List.of();
            meetings.add(new Meeting("m" + (meetings.size() + 1), "p" + a, "p" + b, 1 + random.nextInt(5),
                    session, fixed, after));
        }
        Integer fairness = random.nextInt(3) == 0 ? random.nextInt(3) : null;
        boolean oneMeetingPerCompany = random.nextInt(4) == 0;
        // Drawn last, so the instances of earlier seeds stay as they were; select mode only (all mode refuses it).
        if (mode == Mode.SELECT && random.nextInt(3) == 0) {
            for (int i = 0; i < participants.size(); i++) {
                if (random.nextBoolean()) {
                    participants.set(i, participants.get(i).withMaxMeetingsPerBlock(random.nextInt(3)));
                }
            }
        }
        return new Instance("random-" + seed, mode, slots, blocks, sessions, tables, fairness, oneMeetingPerCompany,
                participants, meetings);
    }
}
