package eu.clusterbridge.directory;

/**
 * Where a profile is in its validation: people's new profiles start as {@code DRAFT}, are {@code SUBMITTED} to
 * the validators, and are {@code PUBLISHED} or {@code RETURNED} with reasons (then edited and submitted again).
 * Only published profiles are public.
 */
public enum PublicationStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED
}
