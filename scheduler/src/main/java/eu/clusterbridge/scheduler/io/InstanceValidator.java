package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rejects instances that refer to things that do not exist or contradict themselves, whatever file they
 * came from. Locations use the {@code b2b-instance/1} field paths, so a JSON author finds the fault at once;
 * the solvers may then assume every id resolves and every slot and table is in range.
 */
final class InstanceValidator {

    void validate(Instance instance) {
        if (instance.slots() < 1) {
            throw new InstanceFormatException("slots", "must be at least 1, was " + instance.slots());
        }
        if (instance.tables() < 1) {
            throw new InstanceFormatException("tables", "must be at least 1, was " + instance.tables());
        }
        if (instance.fairness() != null && instance.fairness() < 0) {
            throw new InstanceFormatException("fairness", "must not be negative, was " + instance.fairness());
        }
        validateBlocks(instance);
        instance.sessions().forEach((name, ranges) -> {
            for (int i = 0; i < ranges.size(); i++) {
                requireInside(instance, ranges.get(i), "sessions." + name + "[" + i + "]");
            }
        });
        Set<String> participantIds = validateParticipants(instance);
        validateMeetings(instance, participantIds);
    }

    private void validateBlocks(Instance instance) {
        List<SlotRange> blocks = instance.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            requireInside(instance, blocks.get(i), "blocks[" + i + "]");
            for (int j = 0; j < i; j++) {
                // Overlapping days would make "consecutive meetings in the same block" ambiguous.
                if (blocks.get(i).first() <= blocks.get(j).last() && blocks.get(j).first() <= blocks.get(i).last()) {
                    throw new InstanceFormatException("blocks[" + i + "]", "overlaps blocks[" + j + "]");
                }
            }
        }
    }

    private static void requireInside(Instance instance, SlotRange range, String where) {
        if (range.last() > instance.slots()) {
            throw new InstanceFormatException(where, "slot " + range.last() + " is outside 1.." + instance.slots());
        }
    }

    private Set<String> validateParticipants(Instance instance) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < instance.participants().size(); i++) {
            Participant p = instance.participants().get(i);
            String where = "participants[" + i + "]";
            requireId(p.id(), where + ".id");
            if (!ids.add(p.id())) {
                throw new InstanceFormatException(where + ".id", "duplicate participant id \"" + p.id() + "\"");
            }
            for (int slot : p.unavailable().stream().sorted().toList()) {
                if (slot < 1 || slot > instance.slots()) {
                    throw new InstanceFormatException(where + ".unavailable",
                            "slot " + slot + " is outside 1.." + instance.slots());
                }
            }
            if (p.maxMeetings() != null && p.maxMeetings() < 0) {
                throw new InstanceFormatException(where + ".maxMeetings", "must not be negative, was " + p.maxMeetings());
            }
            if (p.maxMeetingsPerBlock() != null && p.maxMeetingsPerBlock() < 0) {
                throw new InstanceFormatException(where + ".maxMeetingsPerBlock",
                        "must not be negative, was " + p.maxMeetingsPerBlock());
            }
            if (p.maxMeetingsPerBlock() != null && instance.mode() == Mode.ALL) {
                throw new InstanceFormatException(where + ".maxMeetingsPerBlock",
                        "a per-block cap needs mode \"select\": in mode \"all\" every meeting must be held");
            }
            if (p.table() != null && (p.table() < 1 || p.table() > instance.tables())) {
                throw new InstanceFormatException(where + ".table",
                        "table " + p.table() + " is outside 1.." + instance.tables());
            }
        }
        return ids;
    }

    private void validateMeetings(Instance instance, Set<String> participantIds) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < instance.meetings().size(); i++) {
            Meeting m = instance.meetings().get(i);
            String where = "meetings[" + i + "]";
            requireId(m.id(), where + ".id");
            if (indexById.putIfAbsent(m.id(), i) != null) {
                throw new InstanceFormatException(where + ".id", "duplicate meeting id \"" + m.id() + "\"");
            }
            requireParticipant(participantIds, m.a(), where + ".a");
            requireParticipant(participantIds, m.b(), where + ".b");
            if (m.a().equals(m.b())) {
                throw new InstanceFormatException(where, "a meeting of \"" + m.a() + "\" with itself");
            }
            if (m.weight() < 0) {
                throw new InstanceFormatException(where + ".weight", "must not be negative, was " + m.weight());
            }
            if (m.session() != null && !instance.sessions().containsKey(m.session())) {
                throw new InstanceFormatException(where + ".session", "unknown session \"" + m.session() + "\"");
            }
            if (m.fixedSlot() != null) {
                validateFixedSlot(instance, m, where + ".fixedSlot");
            }
        }
        for (int i = 0; i < instance.meetings().size(); i++) {
            Meeting m = instance.meetings().get(i);
            for (int k = 0; k < m.after().size(); k++) {
                String before = m.after().get(k);
                String where = "meetings[" + i + "].after[" + k + "]";
                if (!indexById.containsKey(before)) {
                    throw new InstanceFormatException(where, "unknown meeting \"" + before + "\"");
                }
                if (before.equals(m.id())) {
                    throw new InstanceFormatException(where, "meeting \"" + m.id() + "\" cannot come after itself");
                }
            }
        }
        PrecedenceCycles.reject(instance, indexById);
    }

    /** A fixed slot the meeting can never use is a contradiction the organiser should resolve, not the solver. */
    private static void validateFixedSlot(Instance instance, Meeting m, String where) {
        int slot = m.fixedSlot();
        if (slot < 1 || slot > instance.slots()) {
            throw new InstanceFormatException(where, "slot " + slot + " is outside 1.." + instance.slots());
        }
        if (m.session() != null && instance.sessions().get(m.session()).stream().noneMatch(r -> r.contains(slot))) {
            throw new InstanceFormatException(where, "slot " + slot + " is outside the meeting's session " + m.session());
        }
        for (String id : List.of(m.a(), m.b())) {
            if (!instance.participant(id).orElseThrow().isAvailable(slot)) {
                throw new InstanceFormatException(where, "slot " + slot + " is one where " + id + " is unavailable");
            }
        }
    }

    private static void requireId(String id, String where) {
        if (id == null || id.isBlank()) {
            throw new InstanceFormatException(where, "must be a non-empty string");
        }
    }

    private static void requireParticipant(Set<String> ids, String id, String where) {
        if (!ids.contains(id)) {
            throw new InstanceFormatException(where, "unknown participant \"" + id + "\"");
        }
    }
}
