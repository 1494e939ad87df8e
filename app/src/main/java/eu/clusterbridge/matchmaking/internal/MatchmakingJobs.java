package eu.clusterbridge.matchmaking.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the matchmaking module's scheduled jobs (request expiry). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MatchmakingJobs {
}
