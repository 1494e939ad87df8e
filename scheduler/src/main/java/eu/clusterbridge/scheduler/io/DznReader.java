package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.SlotRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the MiniZinc data files of Bofill et al. (JAIR 2022) into an {@link Instance} in mode ALL.
 * Participants become {@code p1..pN} and meetings {@code m1..mM} in file order, so results can be compared
 * with the paper's numbering. Fairness is left {@code null}: it is not in the file (the CLI sets it, d = 2
 * like the published results).
 */
public final class DznReader {

    static final String MORNING = "morning";
    static final String AFTERNOON = "afternoon";

    public Instance read(Path file) {
        try {
            return read(nameOf(file), Files.readString(file));
        } catch (IOException e) {
            throw new InstanceFormatException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    public Instance read(String name, String text) {
        DznItems items = new DznItems(DznParser.parse(text));
        int participants = items.positive("nBusiness");
        int meetingCount = items.positive("nMeetings");
        int tables = items.positive("nTables");
        int slots = items.positive("nTotalSlots");
        int morningSlots = items.integer("nMorningSlots");
        if (morningSlots < 0 || morningSlots > slots) {
            throw items.error("nMorningSlots", "must be within 0.." + slots + ", was " + morningSlots);
        }
        Map<String, List<SlotRange>> sessions = new LinkedHashMap<>();
        if (morningSlots > 0) {
            sessions.put(MORNING, List.of(new SlotRange(1, morningSlots)));
        }
        if (morningSlots < slots) {
            sessions.put(AFTERNOON, List.of(new SlotRange(morningSlots + 1, slots)));
        }
        List<Meeting> meetings = meetings(items, participants, meetingCount, slots, sessions);
        Instance instance = new Instance(name, Mode.ALL, slots, List.of(new SlotRange(1, slots)), sessions, tables,
                null, false, participantList(items, participants, slots), meetings);
        new InstanceValidator().validate(instance);
        new DznConsistency(items, participants, meetings).check();
        return instance;
    }

    private static List<Meeting> meetings(DznItems items, int participants, int count, int slots,
                                          Map<String, List<SlotRange>> sessions) {
        List<List<Integer>> requested = items.matrix("requested", count, 3);
        List<Integer> fixed = items.has("fixed") ? items.integers("fixed", count) : null;
        List<List<Integer>> precedences = items.has("precedences") ? items.sets("precedences", count) : null;
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Integer> row = requested.get(i);
            String where = "requested row " + (i + 1);
            String a = participantId(items, row.get(0), participants, where);
            String b = participantId(items, row.get(1), participants, where);
            String session = switch (row.get(2)) {
                case 1 -> MORNING;
                case 2 -> AFTERNOON;
                case 3 -> null;
                default -> throw items.error("requested", where + ": session " + row.get(2) + " is not 1, 2 or 3");
            };
            if (session != null && !sessions.containsKey(session)) {
                throw items.error("requested", where + ": session " + session + " has no slots");
            }
            Integer fixedSlot = fixed == null || fixed.get(i) == 0 ? null : fixed.get(i);
            if (fixedSlot != null && (fixedSlot < 1 || fixedSlot > slots)) {
                throw items.error("fixed", "meeting " + (i + 1) + ": slot " + fixedSlot + " is outside 1.." + slots);
            }
            List<String> after = new ArrayList<>();
            for (int before : precedences == null ? List.<Integer>of() : precedences.get(i)) {
                if (before < 1 || before > count) {
                    throw items.error("precedences", "meeting " + (i + 1) + ": meeting " + before + " is outside 1.." + count);
                }
                after.add("m" + before);
            }
            meetings.add(new Meeting("m" + (i + 1), a, b, 1, session, fixedSlot, after));
        }
        return meetings;
    }

    private static String participantId(DznItems items, int number, int participants, String where) {
        if (number < 1 || number > participants) {
            throw items.error("requested", where + ": participant " + number + " is outside 1.." + participants);
        }
        return "p" + number;
    }

    /** {@code forbidden} uses 0 as a placeholder because MiniZinc sets in an array cannot all be empty-typed. */
    private static List<Participant> participantList(DznItems items, int count, int slots) {
        List<List<Integer>> forbidden = items.has("forbidden") ? items.sets("forbidden", count) : null;
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<Integer> unavailable = new TreeSet<>();
            for (int slot : forbidden == null ? List.<Integer>of() : forbidden.get(i)) {
                if (slot == 0) {
                    continue;
                }
                if (slot < 1 || slot > slots) {
                    throw items.error("forbidden", "participant " + (i + 1) + ": slot " + slot + " is outside 1.." + slots);
                }
                unavailable.add(slot);
            }
            participants.add(new Participant("p" + (i + 1), unavailable, null, null, null));
        }
        return participants;
    }

    static String nameOf(Path file) {
        String name = file.getFileName().toString();
        for (String suffix : List.of(".original.dzn", ".dzn", ".json")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
