/**
 * Community: the events and calls of the cluster community calendar — conferences, matchmaking and
 * partnering events, missions, awards, calls for proposals with their deadlines and figures. Offers
 * {@link eu.clusterbridge.community.CommunityEvents}. News, newsletters and digests will live here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package eu.clusterbridge.community;
