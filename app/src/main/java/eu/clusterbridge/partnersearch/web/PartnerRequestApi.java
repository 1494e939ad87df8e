package eu.clusterbridge.partnersearch.web;

import java.util.List;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.partnersearch.Recommendation;
import eu.clusterbridge.partnersearch.requests.PartnerRequest;
import eu.clusterbridge.partnersearch.requests.PartnerRequests;
import eu.clusterbridge.partnersearch.requests.RequestConversation;
import eu.clusterbridge.partnersearch.requests.RequestDraft;
import eu.clusterbridge.partnersearch.requests.RequestFilter;
import eu.clusterbridge.partnersearch.requests.RequestKind;
import eu.clusterbridge.partnersearch.requests.RequestMatching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner-search requests over REST. Reading is public (without who is interested); every change needs a token
 * with {@code write:partner-requests}, and changing or closing a request also needs to manage it.
 */
@RestController
@RequestMapping("/api/partner-requests")
@Tag(name = "Partner requests")
class PartnerRequestApi {

    private final PartnerRequests requests;
    private final RequestConversation conversation;
    private final RequestMatching matching;

    PartnerRequestApi(PartnerRequests requests, RequestConversation conversation, RequestMatching matching) {
        this.requests = requests;
        this.conversation = conversation;
        this.matching = matching;
    }

    record InterestBody(Long organisationId, String message) {
    }

    record CommentBody(String text) {
    }

    record Matches(List<Recommendation> organisations, List<RequestMatching.RequestMatch> requests) {
    }

    @GetMapping
    @Operation(summary = "Open requests, soonest deadline first; filter by sector, value-chain stage, country, kind")
    List<PartnerRequest> list(@RequestParam(required = false) String sector, @RequestParam(required = false) String valueChainStage,
                              @RequestParam(required = false) String country, @RequestParam(required = false) RequestKind kind) {
        return requests.open(new RequestFilter(sector, valueChainStage, country, kind));
    }

    @GetMapping("/{id}")
    PartnerRequest get(@PathVariable long id) {
        return requests.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a request for one of your (published) organisations")
    PartnerRequest create(@RequestBody RequestDraft draft, Authentication authentication) {
        return requests.post(SignedInAccount.required(authentication), draft);
    }

    @PutMapping("/{id}")
    PartnerRequest update(@PathVariable long id, @RequestBody RequestDraft draft, Authentication authentication) {
        return requests.update(id, authentication, draft);
    }

    @PostMapping("/{id}/close")
    PartnerRequest close(@PathVariable long id, Authentication authentication) {
        return requests.close(id, authentication);
    }

    @PostMapping("/{id}/follow")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void follow(@PathVariable long id, Authentication authentication) {
        conversation.follow(id, SignedInAccount.required(authentication));
    }

    @DeleteMapping("/{id}/follow")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable long id, Authentication authentication) {
        conversation.unfollow(id, SignedInAccount.required(authentication));
    }

    @PostMapping("/{id}/interest")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Express interest for one of your organisations (open requests only)")
    void interest(@PathVariable long id, @RequestBody InterestBody body, Authentication authentication) {
        conversation.expressInterest(id, SignedInAccount.required(authentication), body.organisationId(), body.message());
    }

    @GetMapping("/{id}/interest")
    @Operation(summary = "Who is interested (the request's poster, its organisation's owners and editors, administrators)")
    List<RequestConversation.InterestView> interests(@PathVariable long id, Authentication authentication) {
        return conversation.interests(id, authentication);
    }

    @GetMapping("/{id}/comments")
    List<RequestConversation.CommentView> comments(@PathVariable long id) {
        return conversation.comments(id);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void comment(@PathVariable long id, @RequestBody CommentBody body, Authentication authentication) {
        conversation.comment(id, SignedInAccount.required(authentication), body.text());
    }

    @GetMapping("/{id}/matches")
    @Operation(summary = "Organisations and other open requests that match this request, each explained")
    Matches matches(@PathVariable long id) {
        PartnerRequest request = requests.get(id);
        return new Matches(matching.profiles(request), matching.requests(request));
    }
}
