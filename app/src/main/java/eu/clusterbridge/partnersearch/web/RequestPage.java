package eu.clusterbridge.partnersearch.web;

import java.util.List;

import eu.clusterbridge.accounts.Membership;
import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.community.CommunityEvents;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEventNotFound;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.partnersearch.requests.PartnerRequest;
import eu.clusterbridge.partnersearch.requests.PartnerRequests;
import eu.clusterbridge.partnersearch.requests.RequestConversation;
import eu.clusterbridge.partnersearch.requests.RequestMatching;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request's page: what it asks, its comments, matching organisations and requests; for signed-in people
 * follow, interest and comment forms; for those who manage it, who is interested.
 */
@Controller
class RequestPage {

    private final PartnerRequests requests;
    private final RequestConversation conversation;
    private final RequestMatching matching;
    private final Organisations organisations;
    private final Memberships memberships;
    private final CommunityEvents communityEvents;
    private final MatchmakingEvents matchmakingEvents;

    RequestPage(PartnerRequests requests, RequestConversation conversation, RequestMatching matching, Organisations organisations,
                Memberships memberships, CommunityEvents communityEvents, MatchmakingEvents matchmakingEvents) {
        this.requests = requests;
        this.conversation = conversation;
        this.matching = matching;
        this.organisations = organisations;
        this.memberships = memberships;
        this.communityEvents = communityEvents;
        this.matchmakingEvents = matchmakingEvents;
    }

    @GetMapping("/partner-requests/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        PartnerRequest request = requests.get(id);
        model.addAttribute("request", request);
        model.addAttribute("organisation", organisations.get(request.organisationId()));
        model.addAttribute("comments", conversation.comments(id));
        model.addAttribute("interestCount", conversation.interestCount(id));
        model.addAttribute("communityEvent", request.communityEventId() == null ? null : communityEvents.find(request.communityEventId()).orElse(null));
        model.addAttribute("matchmakingEvent", matchmakingEvent(request.matchmakingEventId()));
        if (request.isOpen()) {
            model.addAttribute("matchingProfiles", matching.profiles(request));
            model.addAttribute("matchingRequests", matching.requests(request));
        }
        boolean manages = requests.canManage(request, authentication);
        model.addAttribute("manages", manages);
        if (manages) {
            model.addAttribute("interests", conversation.interests(id, authentication));
        }
        SignedInAccount.of(authentication).ifPresent(account -> {
            model.addAttribute("follows", conversation.follows(id, account.accountId()));
            List<Long> ids = memberships.organisationsOf(account.accountId()).stream().map(Membership::organisationId)
                    .filter(o -> o != request.organisationId()).toList();
            model.addAttribute("ownOrganisations", organisations.byIds(ids).values().stream()
                    .sorted(java.util.Comparator.comparing(Organisation::getName)).toList());
        });
        return "partnersearch/request";
    }

    @PostMapping("/partner-requests/{id}/follow")
    String follow(@PathVariable long id, Authentication authentication) {
        conversation.follow(id, SignedInAccount.required(authentication));
        return "redirect:/partner-requests/" + id;
    }

    @PostMapping("/partner-requests/{id}/unfollow")
    String unfollow(@PathVariable long id, Authentication authentication) {
        conversation.unfollow(id, SignedInAccount.required(authentication));
        return "redirect:/partner-requests/" + id;
    }

    @PostMapping("/partner-requests/{id}/interest")
    String interest(@PathVariable long id, @RequestParam(required = false) Long organisationId, @RequestParam(required = false) String message,
                    Authentication authentication, RedirectAttributes redirect) {
        return answer(id, redirect, "interestErrors", "Your interest was sent to the poster.",
                () -> conversation.expressInterest(id, SignedInAccount.required(authentication), organisationId, message));
    }

    @PostMapping("/partner-requests/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String text, Authentication authentication,
                   RedirectAttributes redirect) {
        return answer(id, redirect, "commentErrors", "Comment posted.",
                () -> conversation.comment(id, SignedInAccount.required(authentication), text));
    }

    /** The linked matchmaking event, or none if it was deleted since. */
    private MatchmakingEvent matchmakingEvent(Long id) {
        try {
            return id == null ? null : matchmakingEvents.get(id);
        } catch (MatchmakingEventNotFound gone) {
            return null;
        }
    }

    private static String answer(long id, RedirectAttributes redirect, String errorsName, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute(errorsName, invalid.byField());
        }
        return "redirect:/partner-requests/" + id;
    }
}
