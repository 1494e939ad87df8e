package eu.clusterbridge.scheduler.generate;

import java.util.List;

/**
 * The shape of one kind of brokerage event. Slots are 20 minutes; a day has a morning and an afternoon
 * session (lunch between them is adjacent, as in the published instances; nights are block boundaries).
 *
 * @param requests         requested meetings (distinct pairs) to generate
 * @param sharedTables     tables nobody owns
 * @param sellerShare      share of participants on the selling side; 0 for an open event where anyone meets anyone
 * @param ownTableShare    share of sellers (everyone, on an open event) who host at their own stand table
 * @param colleagueShare   chance a participant belongs to the same company as the previous one
 * @param capShare         chance a participant sets a cap on their meetings, drawn from {@code minCap..maxCap}
 * @param popularity       Pareto tail index of how often a participant is requested; smaller = more skewed
 */
public record Family(String name, int participants, int requests, int days, int morningSlots, int afternoonSlots,
                     int sharedTables, double sellerShare, double ownTableShare, double colleagueShare,
                     boolean oneMeetingPerCompany, double capShare, int minCap, int maxCap, double popularity) {

    public static final List<Family> ALL = List.of(
            new Family("small", 12, 30, 1, 4, 4, 4, 0, 0.15, 0.2, true, 0.4, 3, 6, 1.5),
            new Family("regional-brokerage", 400, 1_600, 2, 9, 8, 70, 0, 0.03, 0.1, false, 0.4, 6, 12, 1.3),
            new Family("book-fair", 900, 6_000, 3, 10, 11, 120, 0.4, 0.8, 0.25, true, 0.5, 12, 30, 1.2),
            new Family("hosted-buyer", 2_200, 27_000, 4, 10, 10, 300, 0.65, 0.6, 0.2, true, 0.6, 20, 40, 1.1));

    public static Family named(String name) {
        return ALL.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown family \"" + name + "\" (known: " + String.join(", ", ALL.stream().map(Family::name).toList()) + ")"));
    }

    public int slotsPerDay() {
        return morningSlots + afternoonSlots;
    }

    public int slots() {
        return days * slotsPerDay();
    }

    public boolean twoSided() {
        return sellerShare > 0;
    }
}
