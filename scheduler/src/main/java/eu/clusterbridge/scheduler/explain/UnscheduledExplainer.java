package eu.clusterbridge.scheduler.explain;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Participant;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.SlotRange;
import eu.clusterbridge.scheduler.model.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For every meeting the schedule leaves out, the first reason that stops it, checked from the most
 * fundamental (nobody can ever make it work) to the most incidental (the slots are taken by other meetings),
 * so the organiser is told what to change rather than a symptom.
 */
public final class UnscheduledExplainer {

    public List<Explanation> explain(Instance instance, Schedule schedule) {
        Occupancy occupancy = new Occupancy(instance, schedule);
        // Without any schedule, "the slots are taken" makes no sense: only reasons that hold on their own apply.
        boolean noSchedule = schedule.meetings().isEmpty()
                && (schedule.status() == Status.INFEASIBLE || schedule.status() == Status.UNKNOWN);
        List<Explanation> explanations = new ArrayList<>();
        for (Meeting m : instance.meetings()) {
            if (!occupancy.slotOf.containsKey(m.id())) {
                String reason = noSchedule ? withoutSchedule(occupancy, m, schedule.status()) : reason(occupancy, m);
                explanations.add(new Explanation(m.id(), m.a(), m.b(), reason));
            }
        }
        return explanations;
    }

    private String withoutSchedule(Occupancy o, Meeting m, Status status) {
        if (possibleSlots(o, m).isEmpty()) {
            return new NoCommonSlot(o.instance, o.participants.get(m.a()), o.participants.get(m.b()), m).reason();
        }
        for (String id : List.of(m.a(), m.b())) {
            Participant p = o.participants.get(id);
            long requested = o.instance.meetings().stream().filter(x -> x.involves(id)).count();
            long free = java.util.stream.IntStream.rangeClosed(1, o.instance.slots()).filter(p::isAvailable).count();
            if (o.instance.mode() == Mode.ALL && requested > free) {
                return id + " has " + requested + " meetings to hold but is available in only " + free + " slots";
            }
            if (o.instance.mode() == Mode.ALL && p.maxMeetings() != null && requested > p.maxMeetings()) {
                return id + " has " + requested + " meetings to hold but a maximum of " + p.maxMeetings();
            }
        }
        return status == Status.INFEASIBLE
                ? "no schedule holds every meeting together (proved infeasible); this meeting is not impossible on its own"
                : "no schedule was found within the time limit (status UNKNOWN); try a longer time limit";
    }

    private String reason(Occupancy o, Meeting m) {
        List<Integer> possible = possibleSlots(o, m);
        if (possible.isEmpty()) {
            return new NoCommonSlot(o.instance, o.participants.get(m.a()), o.participants.get(m.b()), m).reason();
        }
        Optional<String> limit = capReached(o, m.a()).or(() -> capReached(o, m.b()))
                .or(() -> sessionCapsReached(o, m, possible))
                .or(() -> companyTaken(o, m.a(), m.b())).or(() -> companyTaken(o, m.b(), m.a()));
        if (limit.isPresent()) {
            return limit.get();
        }
        int earliest = 1;
        for (String before : m.after()) {
            Integer slot = o.slotOf.get(before);
            if (slot == null) {
                return "it must come after " + before + ", which is not scheduled";
            }
            earliest = Math.max(earliest, slot + 1);
        }
        int from = earliest;
        List<Integer> afterPredecessors = possible.stream().filter(s -> s >= from).toList();
        if (afterPredecessors.isEmpty()) {
            return "it must come after " + String.join(", ", m.after()) + " (latest in slot " + (earliest - 1) + "), and "
                    + m.a() + " and " + m.b() + " have no common slot after that";
        }
        return new SlotContention(o, m, afterPredecessors).reason();
    }

    /** Slots allowed by the session, the fixed slot and both participants' availability. */
    static List<Integer> possibleSlots(Occupancy o, Meeting m) {
        List<SlotRange> session = m.session() == null ? null : o.instance.sessions().get(m.session());
        Participant a = o.participants.get(m.a());
        Participant b = o.participants.get(m.b());
        List<Integer> slots = new ArrayList<>();
        for (int s = 1; s <= o.instance.slots(); s++) {
            int slot = s;
            boolean inSession = session == null || session.stream().anyMatch(r -> r.contains(slot));
            boolean fixed = m.fixedSlot() == null || m.fixedSlot() == s;
            if (inSession && fixed && a.isAvailable(s) && b.isAvailable(s)) {
                slots.add(s);
            }
        }
        return slots;
    }

    private static Optional<String> capReached(Occupancy o, String participant) {
        Integer cap = o.participants.get(participant).maxMeetings();
        int held = o.scheduledMeetingsOf(participant).size();
        if (cap != null && held >= cap) {
            return Optional.of(participant + " already has " + (cap == 0 ? "no meetings allowed (maximum 0)"
                    : "their maximum of " + cap + " meeting" + (cap == 1 ? "" : "s")));
        }
        return Optional.empty();
    }

    /** When, in every block (session) the meeting could go, one of its participants is at their per-block cap. */
    private static Optional<String> sessionCapsReached(Occupancy o, Meeting m, List<Integer> possible) {
        java.util.Set<String> capped = new java.util.TreeSet<>();
        for (int block : possible.stream().map(o.instance::blockOf).distinct().toList()) {
            Optional<String> who = atBlockCap(o, m.a(), block).or(() -> atBlockCap(o, m.b(), block));
            if (who.isEmpty()) {
                return Optional.empty();
            }
            capped.add(who.get());
        }
        boolean oneSession = possible.stream().map(o.instance::blockOf).distinct().count() == 1;
        String where = oneSession ? "this session" : "every session where this meeting could go";
        if (capped.size() == 2) {
            return Optional.of(String.join(" and ", capped) + " already have their limit of meetings per session in " + where);
        }
        String who = capped.iterator().next();
        int cap = o.participants.get(who).maxMeetingsPerBlock();
        return Optional.of(who + " already has " + cap + " meeting" + (cap == 1 ? "" : "s") + " in " + where + " (the limit)");
    }

    private static Optional<String> atBlockCap(Occupancy o, String participant, int block) {
        Integer cap = o.participants.get(participant).maxMeetingsPerBlock();
        long held = o.scheduledMeetingsOf(participant).stream().filter(id -> o.instance.blockOf(o.slotOf.get(id)) == block).count();
        return cap != null && held >= cap ? Optional.of(participant) : Optional.empty();
    }

    private static Optional<String> companyTaken(Occupancy o, String participant, String partner) {
        String company = o.participants.get(partner).company();
        if (!o.instance.oneMeetingPerCompany() || company == null
                || company.equals(o.participants.get(participant).company())) {
            return Optional.empty();
        }
        for (String id : o.scheduledMeetingsOf(participant)) {
            String other = o.meetings.get(id).other(participant);
            if (company.equals(o.participants.get(other).company())) {
                return Optional.of(participant + " already meets another participant of company " + company
                        + " (" + other + " in " + id + ")");
            }
        }
        return Optional.empty();
    }

    /** "slot 3", "slots 3 and 7", "slots 1, 2 and 5", or the first few and a count when there are many. */
    static String slots(List<Integer> slots) {
        if (slots.size() == 1) {
            return "slot " + slots.get(0);
        }
        if (slots.size() > 6) {
            return slots.size() + " slots (" + slots.get(0) + ", " + slots.get(1) + ", " + slots.get(2) + ", ...)";
        }
        List<String> names = slots.stream().map(String::valueOf).toList();
        return "slots " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String inThem(int count) {
        return count == 1 ? "in it" : count == 2 ? "in both" : "in all of them";
    }
}
