package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.Schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Test-side recomputation of an all-mode schedule from the instance; shares nothing with the solver. */
final class AllMeetingsVerifier {

    final List<String> violations = new ArrayList<>();
    final Map<String, Integer> breaksOf = new TreeMap<>();
    int totalBreaks;

    AllMeetingsVerifier(Instance instance, Schedule schedule) {
        Map<String, Assignment> byId = new HashMap<>();
        for (Assignment a : schedule.meetings()) {
            if (byId.put(a.meetingId(), a) != null) {
                violations.add("held twice: " + a.meetingId());
            }
        }
        Map<String, TreeSet<Integer>> slotsOf = new HashMap<>();
        Set<String> seatTaken = new HashSet<>();
        Map<Integer, Integer> perSlot = new HashMap<>();
        for (Meeting m : instance.meetings()) {
            Assignment a = byId.get(m.id());
            if (a == null) {
                violations.add("not held: " + m.id());
                continue;
            }
            int s = a.slot();
            for (String p : List.of(m.a(), m.b())) {
                Participant part = instance.participant(p).orElseThrow();
                if (!part.isAvailable(s)) {
                    violations.add(p + " unavailable in " + s);
                }
                if (!slotsOf.computeIfAbsent(p, k -> new TreeSet<>()).add(s)) {
                    violations.add(p + " double-booked in " + s);
                }
            }
            if (m.session() != null && instance.sessions().get(m.session()).stream().noneMatch(r -> r.contains(s))) {
                violations.add(m.id() + " outside its session");
            }
            if (m.fixedSlot() != null && m.fixedSlot() != s) {
                violations.add(m.id() + " not at its fixed slot");
            }
            if (s < 1 || s > instance.slots() || a.table() < 1 || a.table() > instance.tables()) {
                violations.add(m.id() + " outside slots or tables");
            }
            if (!seatTaken.add(s + "/" + a.table())) {
                violations.add("table " + a.table() + " used twice in slot " + s);
            }
            perSlot.merge(s, 1, Integer::sum);
            for (String earlier : m.after()) {
                Assignment e = byId.get(earlier);
                if (e != null && e.slot() >= s) {
                    violations.add(earlier + " not before " + m.id());
                }
            }
        }
        perSlot.forEach((s, n) -> {
            if (n > instance.tables()) {
                violations.add("slot " + s + " over capacity");
            }
        });
        for (Participant p : instance.participants()) {
            int breaks = 0;
            Integer previous = null;
            for (int s : slotsOf.getOrDefault(p.id(), new TreeSet<>())) {
                if (previous != null && s != previous + 1 && instance.blockOf(s) == instance.blockOf(previous)) {
                    breaks++;
                }
                previous = s;
            }
            breaksOf.put(p.id(), breaks);
            totalBreaks += breaks;
        }
        if (instance.fairness() != null && !breaksOf.isEmpty()) {
            int spread = breaksOf.values().stream().max(Integer::compare).get() - breaksOf.values().stream().min(Integer::compare).get();
            if (spread > instance.fairness()) {
                violations.add("unfair: spread " + spread);
            }
        }
        if (schedule.objective().breaks() != totalBreaks) {
            violations.add("reported " + schedule.objective().breaks() + " breaks, counted " + totalBreaks);
        }
    }
}
