package eu.clusterbridge.partnersearch.requests;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes requests whose deadline has passed (status EXPIRED), every hour and once at start, and tells their
 * followers. A request stays open through its deadline day, in UTC. Tests call {@link #expireDue(LocalDate)}.
 */
@Component
public class RequestExpiry {

    private static final Logger log = LoggerFactory.getLogger(RequestExpiry.class);

    private final PartnerRequestStore store;
    private final RequestNotices notices;
    private final Clock clock = Clock.systemUTC();

    RequestExpiry(PartnerRequestStore store, RequestNotices notices) {
        this.store = store;
        this.notices = notices;
    }

    @Scheduled(initialDelayString = "${clusterbridge.partner-requests.expiry-initial-delay:PT1M}",
            fixedDelayString = "${clusterbridge.partner-requests.expiry-interval:PT1H}")
    public void expireNow() {
        int expired = expireDue(LocalDate.now(clock));
        if (expired > 0) {
            log.info("Expired {} partner request(s) past their deadline", expired);
        }
    }

    /** Expires the open requests with a deadline before {@code today}; returns how many. */
    @Transactional
    public int expireDue(LocalDate today) {
        int expired = 0;
        for (PartnerRequest request : store.due(today)) {
            if (store.finish(request.id(), RequestStatus.EXPIRED)) {
                notices.expired(request);
                expired++;
            }
        }
        return expired;
    }
}
