package eu.clusterbridge.partnersearch;

/**
 * One signal's part of a recommendation's score.
 *
 * @param signal the signal's name ("valueChain")
 * @param value  what the signal measured, between 0 and 1
 * @param weight the configured weight
 * @param points weight × value, what it adds to the score
 * @param reason the plain-language reason, or {@code null} when the signal found nothing worth saying
 */
public record ScoreComponent(String signal, double value, double weight, double points, String reason) {
}
