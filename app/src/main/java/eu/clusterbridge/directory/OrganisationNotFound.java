package eu.clusterbridge.directory;

import eu.clusterbridge.shared.NotFound;

/** No organisation has the id or key asked for. */
public class OrganisationNotFound extends NotFound {

    public OrganisationNotFound(Object idOrKey) {
        super("organisation", idOrKey);
    }
}
