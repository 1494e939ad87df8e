package eu.clusterbridge.scheduler.generate;

import eu.clusterbridge.scheduler.model.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** The generated participants, with what the request generator needs to know about each. */
final class Attendees {

    final List<Participant> participants = new ArrayList<>();
    final boolean[] seller;
    /** How often others request this participant: Pareto, so a few are requested very often. */
    final double[] popularity;
    /** How many requests this participant makes, relatively: some register and request a lot, most a few. */
    final double[] activity;
    final int ownTables;

    Attendees(Family family, RandomGenerator random) {
        int n = family.participants();
        seller = new boolean[n];
        popularity = new double[n];
        activity = new double[n];
        int company = 0;
        int nextOwnTable = family.sharedTables() + 1;
        for (int i = 0; i < n; i++) {
            seller[i] = family.twoSided() && random.nextDouble() < family.sellerShare();
            popularity[i] = Math.min(300, Math.pow(1 - random.nextDouble(), -1 / family.popularity()));
            activity[i] = Math.exp(random.nextGaussian() * 0.7);
            boolean colleague = i > 0 && seller[i] == seller[i - 1] && random.nextDouble() < family.colleagueShare();
            company = colleague ? company : company + 1;
            boolean stand = (seller[i] || !family.twoSided()) && random.nextDouble() < family.ownTableShare();
            Integer table = stand ? nextOwnTable++ : null;
            Integer cap = random.nextDouble() < family.capShare()
                    ? family.minCap() + random.nextInt(family.maxCap() - family.minCap() + 1) : null;
            participants.add(new Participant("p" + (i + 1), unavailable(family, random), cap, "org-" + company, table));
        }
        ownTables = nextOwnTable - family.sharedTables() - 1;
    }

    /** Holes in availability: a missed day, a late arrival or early departure, a few other appointments. */
    private static Set<Integer> unavailable(Family family, RandomGenerator random) {
        Set<Integer> slots = new TreeSet<>();
        int perDay = family.slotsPerDay();
        if (family.days() > 1 && random.nextDouble() < 0.25) {
            int day = random.nextInt(family.days());
            for (int s = 1; s <= perDay; s++) {
                slots.add(day * perDay + s);
            }
        }
        if (random.nextDouble() < 0.2) {
            int late = 1 + random.nextInt(4);
            for (int s = 1; s <= late; s++) {
                slots.add(s);
            }
        }
        if (random.nextDouble() < 0.2) {
            int early = 1 + random.nextInt(4);
            for (int s = 0; s < early; s++) {
                slots.add(family.slots() - s);
            }
        }
        if (random.nextDouble() < 0.3) {
            int appointments = 1 + random.nextInt(3);
            for (int k = 0; k < appointments; k++) {
                slots.add(1 + random.nextInt(family.slots()));
            }
        }
        return slots;
    }
}
