package eu.clusterbridge.scheduler.generate;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic {@code select} instances for benchmarks and tests, deterministic by family and seed: the same
 * arguments give the same instance on any machine (one {@link SplittableRandom}, no hash-order iteration).
 * Published instances are small and all-mode; real events are larger and over-subscribed, hence these.
 */
public final class InstanceGenerator {

    private static final double SESSION_WISH = 0.05;
    private static final double FIXED = 0.003;
    private static final double FOLLOW_UP = 0.002;

    public Instance generate(String family, long seed) {
        return generate(Family.named(family), seed);
    }

    public Instance generate(Family family, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + family.name().hashCode());
        Attendees attendees = new Attendees(family, random);
        List<Meeting> requests = new Requests(attendees, random).generate(family);
        Map<String, List<SlotRange>> sessions = sessions(family);
        List<Meeting> meetings = new Extras(family, sessions, attendees.participants, random).add(requests);
        return new Instance(family.name() + "-" + seed, Mode.SELECT, family.slots(), blocks(family), sessions,
                family.sharedTables() + attendees.ownTables, null, family.oneMeetingPerCompany(),
                attendees.participants, meetings);
    }

    /** One block per day: the evening and night between two days are never a break. */
    private static List<SlotRange> blocks(Family family) {
        List<SlotRange> blocks = new ArrayList<>();
        for (int day = 0; day < family.days(); day++) {
            blocks.add(new SlotRange(day * family.slotsPerDay() + 1, (day + 1) * family.slotsPerDay()));
        }
        return blocks;
    }

    private static Map<String, List<SlotRange>> sessions(Family family) {
        List<SlotRange> mornings = new ArrayList<>();
        List<SlotRange> afternoons = new ArrayList<>();
        for (SlotRange day : blocks(family)) {
            mornings.add(new SlotRange(day.first(), day.first() + family.morningSlots() - 1));
            afternoons.add(new SlotRange(day.first() + family.morningSlots(), day.last()));
        }
        Map<String, List<SlotRange>> sessions = new LinkedHashMap<>();
        sessions.put("morning", mornings);
        sessions.put("afternoon", afternoons);
        return sessions;
    }

    /** The rarer wishes: a preferred session, a meeting fixed in the agenda, a follow-up after a first meeting. */
    private record Extras(Family family, Map<String, List<SlotRange>> sessions, List<Participant> participants,
                          SplittableRandom random) {

        List<Meeting> add(List<Meeting> requests) {
            Map<String, Participant> byId = new HashMap<>();
            participants.forEach(p -> byId.put(p.id(), p));
            Set<String> fixedTaken = new HashSet<>();
            Map<String, Meeting> lastOf = new HashMap<>();
            List<Meeting> meetings = new ArrayList<>();
            for (Meeting m : requests) {
                String session = random.nextDouble() < SESSION_WISH ? (random.nextBoolean() ? "morning" : "afternoon") : null;
                Integer fixed = null;
                if (random.nextDouble() < FIXED) {
                    int slot = 1 + random.nextInt(family.slots());
                    boolean free = byId.get(m.a()).isAvailable(slot) && byId.get(m.b()).isAvailable(slot)
                            && !fixedTaken.contains(m.a() + "@" + slot) && !fixedTaken.contains(m.b() + "@" + slot);
                    if (free) {
                        fixed = slot;
                        session = null;
                        fixedTaken.add(m.a() + "@" + slot);
                        fixedTaken.add(m.b() + "@" + slot);
                    }
                }
                List<String> after = List.of();
                Meeting earlier = lastOf.get(m.a());
                // Only later meetings follow earlier ones, so precedences never form a cycle.
                if (fixed == null && earlier != null && earlier.fixedSlot() == null && random.nextDouble() < FOLLOW_UP) {
                    after = List.of(earlier.id());
                }
                Meeting full = new Meeting(m.id(), m.a(), m.b(), m.weight(), session, fixed, after);
                meetings.add(full);
                lastOf.put(m.a(), full);
            }
            return meetings;
        }
    }
}
