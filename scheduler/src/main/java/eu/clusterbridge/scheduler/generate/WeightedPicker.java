package eu.clusterbridge.scheduler.generate;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Picks an index with probability proportional to its weight (cumulative sums, binary search). */
final class WeightedPicker {

    private final double[] cumulative;

    WeightedPicker(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    int pick(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }
}
