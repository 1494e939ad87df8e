package eu.clusterbridge.taxonomy.internal;

/**
 * A reference-data file that cannot be trusted. Thrown at start-up so the application never runs on half-read
 * reference data; the message names the file and line to fix.
 */
public class MalformedTaxonomyFile extends IllegalStateException {

    public MalformedTaxonomyFile(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    }
}
