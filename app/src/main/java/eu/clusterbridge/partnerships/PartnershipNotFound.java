package eu.clusterbridge.partnerships;

import eu.clusterbridge.shared.NotFound;

/** No partnership has the id or key asked for. */
public class PartnershipNotFound extends NotFound {

    public PartnershipNotFound(Object idOrKey) {
        super("partnership", idOrKey);
    }
}
