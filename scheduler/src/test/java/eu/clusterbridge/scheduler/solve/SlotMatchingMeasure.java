package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.model.Instance;

import java.time.Duration;

/**
 * Measuring program (not a test): the exact per-slot matching bound's value and time next to the other bounds.
 * Usage: SlotMatchingMeasure family seed [family seed...], or SlotMatchingMeasure --skip-only family seed.
 */
public final class SlotMatchingMeasure {
    public static void main(String[] args) {
        if (args[0].equals("--skip-only")) {
            // Large events: only the cheap path the solver takes (greedy check against the combinatorial bounds).
            Instance instance = new InstanceGenerator().generate(args[1], Long.parseLong(args[2]));
            SelectDomain d = new SelectDomain(instance);
            long t0 = System.nanoTime();
            long others = UpperBounds.of(d);
            long g = SlotMatchingBound.greedySum(d, SlotMatchingBound.meetingsBySlot(d));
            SlotMatchingBound.Result r = SlotMatchingBound.compute(d, others, System.nanoTime() + Duration.ofSeconds(60).toNanos());
            System.out.printf("%s-%s meetings=%d slots=%d combinatorial=%d perSlot=%d greedy matching sum=%d complete=%s (%.3fs)%n", args[1], args[2],
                    d.meetingCount(), d.slots, others, UpperBounds.perSlot(d), g, r.complete(), (System.nanoTime() - t0) / 1e9);
            return;
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            Instance instance = new InstanceGenerator().generate(args[i], Long.parseLong(args[i + 1]));
            SelectDomain d = new SelectDomain(instance);
            long t0 = System.nanoTime();
            long req = UpperBounds.requested(d), caps = UpperBounds.participantCaps(d), per = UpperBounds.perSlot(d);
            long t1 = System.nanoTime();
            RelaxedSelection.Result r = RelaxedSelection.solve(d, Duration.ofSeconds(60));
            long t2 = System.nanoTime();
            SlotMatchingBound.Result sm = SlotMatchingBound.compute(d, System.nanoTime() + Duration.ofSeconds(600).toNanos());
            long t3 = System.nanoTime();
            long others = Math.min(Math.min(req, caps), Math.min(per, r.bound()));
            long g = SlotMatchingBound.greedySum(d, SlotMatchingBound.meetingsBySlot(d));
            SlotMatchingBound.Result inSolver = SlotMatchingBound.compute(d, others, System.nanoTime() + Duration.ofSeconds(600).toNanos());
            System.out.printf("  greedy matching sum=%d; as called in the solver: complete=%s (%.3fs)%n", g, inSolver.complete(), (System.nanoTime() - t3) / 1e9);
            System.out.printf("%s-%s meetings=%d slots=%d | requested=%d caps=%d perSlot=%d (%.3fs) | relaxed=%d (%.2fs) | matching=%d complete=%s (%.2fs)%n",
                    args[i], args[i + 1], d.meetingCount(), d.slots, req, caps, per, (t1 - t0) / 1e9, r.bound(), (t2 - t1) / 1e9,
                    sm.bound(), sm.complete(), (t3 - t2) / 1e9);
        }
    }
}
