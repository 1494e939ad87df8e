package eu.clusterbridge.matchmaking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.EventParts.BookingRule;
import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.EventParts.Table;
import eu.clusterbridge.matchmaking.Meeting;
import eu.clusterbridge.matchmaking.MeetingRequest;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.WalkInSuggestion;

/**
 * Who could meet in a slot that became free: pairs of checked-in participants who are both free then, have not
 * met yet, are within their meeting limits ({@link MeetingLimits}) and have a table. Pairs with an open request between them that is not on the board come first (highest
 * weight first), then pairs whose types may request each other both ways, then pairs that may meet at all; within
 * a rank, those with fewer meetings so far first, so walk-ins even out the day.
 */
public final class WalkInPlanner {

    private final EventSnapshot s;
    private final Set<Long> checkedIn;
    private final List<MeetingRequest> open;
    private final Set<BookingRule> rules;

    public WalkInPlanner(EventSnapshot snapshot, Set<Long> checkedIn, List<MeetingRequest> openRequests, List<BookingRule> rules) {
        this.s = snapshot;
        this.checkedIn = checkedIn;
        this.open = openRequests;
        this.rules = Set.copyOf(rules);
    }

    public List<WalkInSuggestion> suggest(int slotNumber, int limit) {
        Optional<Slot> found = s.slots().stream().filter(x -> x.number() == slotNumber).findFirst();
        if (found.isEmpty()) {
            return List.of();
        }
        Slot slot = found.get();
        MeetingLimits limits = new MeetingLimits(s);
        Set<Long> busyTables = new HashSet<>();
        Set<Long> busy = new HashSet<>();
        Set<String> met = new HashSet<>();
        Map<Long, Integer> load = new HashMap<>();
        for (Meeting m : s.meetings()) {
            met.add(m.aId() + "-" + m.bId());
            load.merge(m.aId(), 1, Integer::sum);
            load.merge(m.bId(), 1, Integer::sum);
            if (m.slotNumber() == slotNumber) {
                busy.add(m.aId());
                busy.add(m.bId());
                busyTables.add(m.tableId());
            }
        }
        List<Participant> free = s.participants().stream().filter(p -> checkedIn.contains(p.id()) && !busy.contains(p.id()))
                .filter(p -> s.attendance().getOrDefault(p.id(), Set.of(slot.sessionId())).contains(slot.sessionId()))
                .filter(p -> !s.unavailable().getOrDefault(p.id(), Set.of()).contains(slot.id()))
                .filter(p -> limits.exceeded(p.id(), null, slot).isEmpty()).toList();
        Map<Long, Table> ownTables = s.tables().stream().filter(t -> t.hostId() != null).collect(Collectors.toMap(Table::hostId, t -> t));
        Optional<Table> sharedTable = s.tables().stream().filter(t -> t.hostId() == null && !busyTables.contains(t.id())).findFirst();
        Map<String, List<Integer>> requested = new HashMap<>();
        for (MeetingRequest r : open) {
            requested.computeIfAbsent(Math.min(r.requesterId(), r.targetId()) + "-" + Math.max(r.requesterId(), r.targetId()),
                    k -> new ArrayList<>()).add(r.priority());
        }
        List<WalkInSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            for (int j = i + 1; j < free.size(); j++) {
                Participant a = free.get(i).id() < free.get(j).id() ? free.get(i) : free.get(j);
                Participant b = a == free.get(i) ? free.get(j) : free.get(i);
                String key = a.id() + "-" + b.id();
                if (met.contains(key)) {
                    continue;
                }
                Optional<Table> table = tableFor(a, b, ownTables, busyTables, sharedTable);
                if (table.isEmpty()) {
                    continue;
                }
                suggestion(a, b, requested.get(key), slotNumber, table.get()).ifPresent(suggestions::add);
            }
        }
        return suggestions.stream().sorted(Comparator.comparingInt(WalkInSuggestion::rank)
                        .thenComparing(Comparator.comparingInt(WalkInSuggestion::weight).reversed())
                        .thenComparingInt(x -> load.getOrDefault(x.aId(), 0) + load.getOrDefault(x.bId(), 0))
                        .thenComparing(WalkInSuggestion::aName).thenComparing(WalkInSuggestion::bName))
                .limit(limit).toList();
    }

    private Optional<WalkInSuggestion> suggestion(Participant a, Participant b, List<Integer> priorities, int slot, Table table) {
        if (priorities != null) {
            String why = priorities.size() > 1 ? "both asked to meet, not yet scheduled" : "requested (priority " + priorities.get(0) + "), not yet scheduled";
            return Optional.of(new WalkInSuggestion(a.id(), a.displayName(), b.id(), b.displayName(), slot, table.number(), 1,
                    MeetingWeights.weight(priorities), why));
        }
        boolean ab = s.event().anyToAny() || rules.contains(new BookingRule(a.typeCode(), b.typeCode()));
        boolean ba = s.event().anyToAny() || rules.contains(new BookingRule(b.typeCode(), a.typeCode()));
        if (!s.event().anyToAny() && ab && ba) {
            return Optional.of(new WalkInSuggestion(a.id(), a.displayName(), b.id(), b.displayName(), slot, table.number(), 2, 0,
                    "their types may request each other"));
        }
        if (ab || ba) {
            return Optional.of(new WalkInSuggestion(a.id(), a.displayName(), b.id(), b.displayName(), slot, table.number(), 3, 0,
                    s.event().anyToAny() ? "anyone may meet anyone at this event" : "the booking rules allow it one way"));
        }
        return Optional.empty();
    }

    /** A host meets at their own table (if it is free); everyone else at the first free shared table. */
    private static Optional<Table> tableFor(Participant a, Participant b, Map<Long, Table> own, Set<Long> busyTables, Optional<Table> shared) {
        Table host = own.containsKey(a.id()) ? own.get(a.id()) : own.get(b.id());
        if (host != null) {
            return busyTables.contains(host.id()) ? Optional.empty() : Optional.of(host);
        }
        return shared;
    }
}
