package eu.clusterbridge.scheduler.model;

/** An inclusive range of consecutive slots, such as one day (a block) or one morning (a session part). */
public record SlotRange(int first, int last) {

    public SlotRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("slot range [" + first + ", " + last + "] is empty or starts before slot 1");
        }
    }

    public boolean contains(int slot) {
        return slot >= first && slot <= last;
    }

    public int length() {
        return last - first + 1;
    }
}
