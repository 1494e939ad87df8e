package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deterministic variants of published instances, in the spirit of the paper's extra experiments:
 * {@code forbid} (every 4th participant with at least 3 idle slots loses one more slot), {@code fixed} (every 12th meeting fixed to a
 * slot derived from its index), {@code prec} (every 5th participant with 3+ meetings open to any session
 * must hold the second of those before the first), or {@code original}.
 */
final class AllMeetingsVariants {

    private AllMeetingsVariants() {
    }

    static Instance apply(Instance instance, String variant) {
        return switch (variant) {
            case "forbid" -> forbid(instance);
            case "fixed" -> fixed(instance);
            case "prec" -> precedences(instance);
            default -> instance;
        };
    }

    private static Instance forbid(Instance instance) {
        List<Participant> changed = new ArrayList<>();
        List<Participant> all = instance.participants();
        for (int i = 0; i < all.size(); i++) {
            Participant p = all.get(i);
            Set<Integer> unavailable = new HashSet<>(p.unavailable());
            long meetings = instance.meetings().stream().filter(m -> m.involves(p.id())).count();
            if (i % 4 == 0 && meetings <= instance.slots() - 3) {
                unavailable.add(1 + (i * 7) % instance.slots());
            }
            changed.add(new Participant(p.id(), unavailable, p.maxMeetings(), p.company(), p.table()));
        }
        return instance.withParticipants(changed);
    }

    private static Instance fixed(Instance instance) {
        List<Meeting> changed = new ArrayList<>();
        List<Meeting> all = instance.meetings();
        for (int i = 0; i < all.size(); i++) {
            Meeting m = all.get(i);
            Integer slot = m.fixedSlot();
            if (i % 12 == 0 && m.session() == null && slot == null) {
                slot = 1 + (i * 5) % instance.slots();
            }
            changed.add(new Meeting(m.id(), m.a(), m.b(), m.weight(), m.session(), slot, m.after()));
        }
        return instance.withMeetings(changed);
    }

    private static Instance precedences(Instance instance) {
        List<Meeting> changed = new ArrayList<>(instance.meetings());
        List<Participant> all = instance.participants();
        for (int i = 0; i < all.size(); i += 5) {
            String p = all.get(i).id();
            List<Integer> own = new ArrayList<>();
            for (int m = 0; m < changed.size(); m++) {
                if (changed.get(m).involves(p)) {
                    own.add(m);
                }
            }
            own.removeIf(m -> changed.get(m).session() != null);
            if (own.size() >= 3) {
                Meeting first = changed.get(own.get(0));
                List<String> after = new ArrayList<>(first.after());
                after.add(changed.get(own.get(1)).id());
                changed.set(own.get(0), new Meeting(first.id(), first.a(), first.b(), first.weight(), first.session(),
                        first.fixedSlot(), after));
            }
        }
        return instance.withMeetings(changed);
    }
}
