package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixtures: small events built step by step; participants named in meetings are added on the fly. */
final class Events {

    private final int slots;
    private final int tables;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<SlotRange> blocks = new ArrayList<>();
    private final Map<String, List<SlotRange>> sessions = new LinkedHashMap<>();
    private Integer fairness;
    private boolean oneMeetingPerCompany;

    private Events(int slots, int tables) {
        this.slots = slots;
        this.tables = tables;
    }

    static Events anEvent(int slots, int tables) {
        return new Events(slots, tables);
    }

    Events participant(String id, Set<Integer> unavailable, Integer maxMeetings, String company, Integer table) {
        Participant old = participants.get(id);
        participants.put(id, new Participant(id, unavailable, maxMeetings, company, table,
                old == null ? null : old.maxMeetingsPerBlock()));
        return this;
    }

    Events unavailable(String id, Integer... slotNumbers) {
        Participant p = participants.getOrDefault(id, Participant.of(id));
        return participant(id, Set.of(slotNumbers), p.maxMeetings(), p.company(), p.table());
    }

    Events cap(String id, int maxMeetings) {
        Participant p = participants.getOrDefault(id, Participant.of(id));
        return participant(id, p.unavailable(), maxMeetings, p.company(), p.table());
    }

    Events capPerBlock(String id, int maxMeetingsPerBlock) {
        participants.put(id, participants.getOrDefault(id, Participant.of(id)).withMaxMeetingsPerBlock(maxMeetingsPerBlock));
        return this;
    }

    Events company(String id, String company) {
        Participant p = participants.getOrDefault(id, Participant.of(id));
        return participant(id, p.unavailable(), p.maxMeetings(), company, p.table());
    }

    Events ownTable(String id, int table) {
        Participant p = participants.getOrDefault(id, Participant.of(id));
        return participant(id, p.unavailable(), p.maxMeetings(), p.company(), table);
    }

    Events meeting(String id, String a, String b) {
        return meeting(id, a, b, 1);
    }

    /**
     * Four meetings around the cycle p1-p2-p5-p3 (ids a1, a2, b1, b2, participants and meetings prefixed): on one table
     * somebody in it waits between their two meetings.
     */
    Events fourCycle(String prefix) {
        String p1 = prefix + "p1";
        String p2 = prefix + "p2";
        String p3 = prefix + "p3";
        String p5 = prefix + "p5";
        return meeting(prefix + "a1", p1, p2).meeting(prefix + "a2", p1, p3)
                .meeting(prefix + "b1", p5, p2).meeting(prefix + "b2", p5, p3);
    }

    Events meeting(String id, String a, String b, int weight) {
        return meeting(new Meeting(id, a, b, weight, null, null, List.of()));
    }

    Events meeting(Meeting m) {
        participants.putIfAbsent(m.a(), Participant.of(m.a()));
        participants.putIfAbsent(m.b(), Participant.of(m.b()));
        meetings.add(m);
        return this;
    }

    Events block(int first, int last) {
        blocks.add(new SlotRange(first, last));
        return this;
    }

    Events session(String name, int first, int last) {
        sessions.computeIfAbsent(name, n -> new ArrayList<>()).add(new SlotRange(first, last));
        return this;
    }

    Events fairness(int d) {
        fairness = d;
        return this;
    }

    Events oneMeetingPerCompany() {
        oneMeetingPerCompany = true;
        return this;
    }

    Instance select() {
        return build(Mode.SELECT);
    }

    Instance build(Mode mode) {
        return new Instance("test", mode, slots, blocks, sessions, tables, fairness, oneMeetingPerCompany,
                List.copyOf(participants.values()), meetings);
    }
}
