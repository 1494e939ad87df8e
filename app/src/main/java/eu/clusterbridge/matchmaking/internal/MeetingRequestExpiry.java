package eu.clusterbridge.matchmaking.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import eu.clusterbridge.matchmaking.MeetingRequests;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires the pending requests nobody answered within their event's expiry days, every few minutes (also when
 * a page reads the requests). The time comes from a {@link Clock} so that tests can move it.
 */
@Component
public class MeetingRequestExpiry {

    private final MeetingRequests requests;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    MeetingRequestExpiry(MeetingRequests requests) {
        this(requests, Clock.systemUTC());
    }

    MeetingRequestExpiry(MeetingRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${clusterbridge.matchmaking.jobs.every:PT5M}", fixedDelayString = "${clusterbridge.matchmaking.jobs.every:PT5M}")
    public int expire() {
        return requests.expireAllDue(OffsetDateTime.now(clock));
    }

    /** The same job with another clock (tests: "ten days later"). */
    public MeetingRequestExpiry at(Clock other) {
        return new MeetingRequestExpiry(requests, other);
    }
}
