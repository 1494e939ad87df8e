package eu.clusterbridge.scheduler.model;

/**
 * Proved bounds: no schedule reaches more than {@code weight}; none has fewer than {@code breaks} breaks
 * (each {@code null} when not known).
 */
public record Bound(Long weight, Integer breaks) {

    public static Bound none() {
        return new Bound(null, null);
    }
}
