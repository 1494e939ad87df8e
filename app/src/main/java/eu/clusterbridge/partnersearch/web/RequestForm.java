package eu.clusterbridge.partnersearch.web;

import java.util.List;

import eu.clusterbridge.partnersearch.requests.PartnerRequest;
import eu.clusterbridge.partnersearch.requests.RequestDraft;
import eu.clusterbridge.partnersearch.requests.RequestKind;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.FormText;

/** The request form as typed: text fields stay text so a typo comes back as a field message, not an error page. */
record RequestForm(String organisationId, String kind, String title, String description, List<String> sectors,
                   List<String> valueChainStages, List<String> countries, String deadline, String communityEventId,
                   String matchmakingEventId) {

    static RequestForm empty(Long communityEventId, Long matchmakingEventId) {
        return new RequestForm(null, RequestKind.SEEKING.name(), "", "", List.of(), List.of(), List.of(), "",
                communityEventId == null ? null : communityEventId.toString(), matchmakingEventId == null ? null : matchmakingEventId.toString());
    }

    static RequestForm of(PartnerRequest r) {
        return new RequestForm(String.valueOf(r.organisationId()), r.kind().name(), r.title(), r.description(), r.sectors(),
                r.valueChainStages(), r.countries(), r.deadline().toString(),
                r.communityEventId() == null ? null : r.communityEventId().toString(),
                r.matchmakingEventId() == null ? null : r.matchmakingEventId().toString());
    }

    /** The draft, or an InvalidInput naming the fields that could not be read. */
    RequestDraft draft() {
        FieldChecks checks = new FieldChecks();
        Integer organisation = checks.integer("organisationId", organisationId);
        RequestKind chosenKind = checks.choice("kind", kind, RequestKind.class);
        var date = checks.date("deadline", deadline);
        Integer community = checks.integer("communityEventId", communityEventId);
        Integer matchmaking = checks.integer("matchmakingEventId", matchmakingEventId);
        checks.orThrow();
        return new RequestDraft(organisation == null ? null : organisation.longValue(), chosenKind, FormText.orNull(title),
                FormText.orNull(description), sectors, valueChainStages, countries, date,
                community == null ? null : community.longValue(), matchmaking == null ? null : matchmaking.longValue());
    }
}
