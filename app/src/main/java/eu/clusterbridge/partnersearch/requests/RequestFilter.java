package eu.clusterbridge.partnersearch.requests;

/** Filters of the open-request list, each optional: a sector, a value-chain stage, a country, seeking or offering. */
public record RequestFilter(String sector, String valueChainStage, String country, RequestKind kind) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null);
    }
}
