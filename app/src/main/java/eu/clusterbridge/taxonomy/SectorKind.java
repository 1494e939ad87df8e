package eu.clusterbridge.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** The four classifications a profile's sectors may come from; their codes never clash. */
public enum SectorKind {
    /** One of the 51 traded cluster sectors of the European cluster mapping. */
    CLUSTER_SECTOR,
    /** One of the 10 emerging industries of the European cluster mapping. */
    EMERGING_INDUSTRY,
    /** A thematic area (partnership) of the smart specialisation platforms. */
    S3_AREA,
    /** One of the 14 industrial ecosystems of the EU Industrial Strategy. */
    ECOSYSTEM;

    /** Reads "CLUSTER_SECTOR", "cluster-sector" or "cluster_sector", as URLs tend to spell it. */
    public static Optional<SectorKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SectorKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
