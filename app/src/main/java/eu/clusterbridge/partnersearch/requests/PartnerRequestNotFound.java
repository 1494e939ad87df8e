package eu.clusterbridge.partnersearch.requests;

import eu.clusterbridge.shared.NotFound;

public class PartnerRequestNotFound extends NotFound {

    public PartnerRequestNotFound(long id) {
        super("partner request", id);
    }
}
