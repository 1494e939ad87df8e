package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Assignment;
import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rules that look at several meetings together: clashes, capacity, caps, companies and fairness. */
final class ParticipantRules {

    private final Placed placed;
    private final List<String> violations;

    ParticipantRules(Placed placed, List<String> violations) {
        this.placed = placed;
        this.violations = violations;
    }

    void check(Map<String, Integer> breaks) {
        Map<String, List<Assignment>> byParticipant = placed.byParticipant();
        byParticipant.forEach(this::oneMeetingPerSlot);
        oneMeetingPerTable();
        byParticipant.forEach(this::withinCap);
        byParticipant.forEach(this::withinBlockCap);
        if (placed.instance().oneMeetingPerCompany()) {
            byParticipant.forEach(this::oneMeetingPerCompany);
        }
        fair(breaks);
    }

    // A participant has at most one meeting per slot.
    private void oneMeetingPerSlot(String participant, List<Assignment> meetings) {
        Map<Integer, List<String>> bySlot = new TreeMap<>();
        meetings.forEach(a -> bySlot.computeIfAbsent(a.slot(), k -> new ArrayList<>()).add(a.meetingId()));
        bySlot.forEach((slot, ids) -> {
            if (ids.size() > 1) {
                violations.add(participant + " has " + ids.size() + " meetings in slot " + slot + ": " + String.join(", ", ids));
            }
        });
    }

    // A table holds one meeting per slot.
    private void oneMeetingPerTable() {
        Map<String, List<String>> byPlace = new TreeMap<>();
        for (Assignment a : placed.byMeeting().values()) {
            byPlace.computeIfAbsent("slot " + a.slot() + " at table " + a.table(), k -> new ArrayList<>()).add(a.meetingId());
        }
        byPlace.forEach((place, ids) -> {
            if (ids.size() > 1) {
                violations.add(ids.size() + " meetings in " + place + ": " + String.join(", ", ids));
            }
        });
    }

    // A participant holds no more than their maxMeetings.
    private void withinCap(String participant, List<Assignment> meetings) {
        Integer cap = placed.participants().get(participant).maxMeetings();
        if (cap != null && meetings.size() > cap) {
            violations.add(participant + " has " + meetings.size() + " meetings, more than their maximum of " + cap);
        }
    }

    // A participant holds no more than maxMeetingsPerBlock meetings in any block.
    private void withinBlockCap(String participant, List<Assignment> meetings) {
        Integer cap = placed.participants().get(participant).maxMeetingsPerBlock();
        if (cap == null) {
            return;
        }
        Map<Integer, Integer> perBlock = new TreeMap<>();
        meetings.forEach(a -> perBlock.merge(placed.instance().blockOf(a.slot()), 1, Integer::sum));
        perBlock.forEach((block, count) -> {
            if (count > cap) {
                violations.add(participant + " has " + count + " meetings in block " + (block + 1)
                        + ", more than their maximum of " + cap + " per block");
            }
        });
    }

    // With oneMeetingPerCompany, a participant meets at most one participant of any other company.
    private void oneMeetingPerCompany(String participant, List<Assignment> meetings) {
        String own = placed.participants().get(participant).company();
        Map<String, List<String>> partnersByCompany = new TreeMap<>();
        for (Assignment a : meetings) {
            Participant partner = placed.participants().get(placed.meeting(a).other(participant));
            if (partner.company() != null && !partner.company().equals(own)) {
                partnersByCompany.computeIfAbsent(partner.company(), k -> new ArrayList<>()).add(partner.id());
            }
        }
        partnersByCompany.forEach((company, partners) -> {
            if (partners.size() > 1) {
                violations.add(participant + " meets " + partners.size() + " participants of company " + company
                        + " (" + String.join(", ", partners.stream().sorted().toList()) + "), at most one is allowed");
            }
        });
    }

    // With fairness d, the breaks of any two participants differ by at most d.
    private void fair(Map<String, Integer> breaks) {
        Integer d = placed.instance().fairness();
        if (d == null || breaks.isEmpty()) {
            return;
        }
        var most = breaks.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        var fewest = breaks.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        if (most.getValue() - fewest.getValue() > d) {
            violations.add("breaks are unfair: " + most.getKey() + " has " + most.getValue() + ", " + fewest.getKey()
                    + " has " + fewest.getValue() + ", a difference above the allowed " + d);
        }
    }
}
