package io.estatewatch.local.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/** Splitting a whole number by weights so that the parts add up exactly, and weighted draws. */
final class Apportion {

    private Apportion() {
    }

    /**
     * {@code total} split in proportion to {@code weights} by the largest-remainder method: every part is the floor
     * of its share or one more, and the parts add up to {@code total}.
     */
    static int[] largestRemainder(int total, double[] weights) {
        if (total < 0 || weights.length == 0) {
            throw new IllegalArgumentException("a non-negative total over at least one weight");
        }
        double sum = Arrays.stream(weights).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights must add up to more than 0");
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = total * weights[i] / sum;
            parts[i] = (int) Math.floor(share);
            remainders[i] = share - parts[i];
            given += parts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int i = 0; given < total; i++, given++) {
            parts[order[i % order.length]]++;
        }
        return parts;
    }

    /** {@code total} in parts of whole {@code step}s split by weights; {@code total} must be a multiple of step. */
    static int[] inSteps(int total, int step, double[] weights) {
        if (total % step != 0) {
            throw new IllegalArgumentException(total + " is not a multiple of " + step);
        }
        int[] parts = largestRemainder(total / step, weights);
        for (int i = 0; i < parts.length; i++) {
            parts[i] *= step;
        }
        return parts;
    }

    /** An index drawn with probability proportional to its weight. */
    static int pick(Random random, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        double draw = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** {@code count} random weights between 0.5 and 1.5. */
    static double[] jittered(Random random, int count) {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = 0.5 + random.nextDouble();
        }
        return weights;
    }
}
