package eu.clusterbridge.matchmaking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.EventParts.Table;
import eu.clusterbridge.matchmaking.Meeting;

/** The rules a meeting placed by hand must keep, as sentences an organiser can act on. */
public final class BoardChecks {

    private final EventSnapshot s;
    private final MeetingLimits limits;

    public BoardChecks(EventSnapshot snapshot) {
        this.s = snapshot;
        this.limits = new MeetingLimits(snapshot);
    }

    /** The weight of the accepted requests between the two, or {@code null} if nobody asked for this meeting. */
    public Integer requestedWeight(long a, long b) {
        return s.pairs().stream().filter(p -> p.a() == Math.min(a, b) && p.b() == Math.max(a, b))
                .map(MeetingWeights.Pair::weight).findFirst().orElse(null);
    }

    /** Conflicts of a meeting of {@code a} and {@code b} (the meeting {@code moving}, or a new one) at a slot and table. */
    public List<String> conflicts(long a, long b, Long moving, int slotNumber, int tableNumber) {
        List<String> problems = new ArrayList<>();
        Optional<Slot> slot = s.slots().stream().filter(x -> x.number() == slotNumber).findFirst();
        Optional<Table> table = s.tables().stream().filter(x -> x.number() == tableNumber).findFirst();
        if (slot.isEmpty() || table.isEmpty()) {
            problems.add(slot.isEmpty() ? "there is no slot " + slotNumber : "there is no table " + tableNumber);
            return problems;
        }
        for (Meeting m : s.meetings()) {
            if (Objects.equals(m.id(), moving) || m.slotNumber() != slotNumber) {
                continue;
            }
            for (long p : List.of(a, b)) {
                if (m.involves(p)) {
                    problems.add(s.displayName(p) + " already meets " + s.displayName(m.other(p)) + " in slot " + slotNumber);
                }
            }
            if (m.tableNumber() == tableNumber) {
                problems.add("table " + table.get().name() + " is taken in slot " + slotNumber + " by " + s.displayName(m.aId()) + " and " + s.displayName(m.bId()));
            }
        }
        for (long p : List.of(a, b)) {
            Set<Long> attended = s.attendance().get(p);
            if (attended != null && !attended.contains(slot.get().sessionId())) {
                problems.add(s.displayName(p) + " does not attend the session of slot " + slotNumber);
            } else if (s.unavailable().getOrDefault(p, Set.of()).contains(slot.get().id())) {
                problems.add(s.displayName(p) + " is not available in slot " + slotNumber);
            }
        }
        Stream.of(a, b).map(p -> limits.exceeded(p, moving, slot.get())).flatMap(Optional::stream).findFirst()
                .ifPresent(problems::add);
        Long host = table.get().hostId();
        if (host != null && host != a && host != b) {
            problems.add("table " + table.get().name() + " is the own table of " + s.displayName(host));
        }
        List<Long> hosts = s.tables().stream().map(Table::hostId).filter(h -> h != null && (h == a || h == b)).toList();
        if (!hosts.isEmpty() && (host == null || !hosts.contains(host))) {
            problems.add(s.displayName(hosts.get(0)) + " hosts at their own table; meet there");
        }
        return problems;
    }
}
