package eu.clusterbridge.partnersearch.web;

import java.util.List;
import java.util.Map;

import eu.clusterbridge.accounts.Membership;
import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.requests.PartnerRequest;
import eu.clusterbridge.partnersearch.requests.PartnerRequests;
import eu.clusterbridge.partnersearch.requests.RequestDraft;
import eu.clusterbridge.partnersearch.requests.RequestFilter;
import eu.clusterbridge.partnersearch.requests.RequestKind;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of open partner requests with filters, posting, changing and closing a request. */
@Controller
class PartnerRequestPages {

    private final PartnerRequests requests;
    private final Memberships memberships;
    private final Organisations organisations;
    private final RequestFormChoices choices;

    PartnerRequestPages(PartnerRequests requests, Memberships memberships, Organisations organisations, RequestFormChoices choices) {
        this.requests = requests;
        this.memberships = memberships;
        this.organisations = organisations;
        this.choices = choices;
    }

    @GetMapping("/partner-requests")
    String list(@RequestParam(required = false) String sector, @RequestParam(required = false) String valueChainStage,
                @RequestParam(required = false) String country, @RequestParam(required = false) RequestKind kind,
                Authentication authentication, Model model) {
        List<PartnerRequest> open = requests.open(new RequestFilter(sector, valueChainStage, country, kind));
        model.addAttribute("requests", open);
        model.addAttribute("filter", new RequestFilter(sector, valueChainStage, country, kind));
        model.addAttribute("organisations", organisations.byIds(open.stream().map(PartnerRequest::organisationId).toList()));
        SignedInAccount.of(authentication).ifPresent(account -> {
            List<PartnerRequest> mine = requests.postedFor(memberships.organisationsOf(account.accountId()).stream()
                    .map(Membership::organisationId).toList());
            model.addAttribute("mine", mine);
            model.addAttribute("mineOrganisations", organisations.byIds(mine.stream().map(PartnerRequest::organisationId).toList()));
        });
        choices.addTo(model);
        return "partnersearch/requests";
    }

    @GetMapping("/partner-requests/new")
    String newRequest(@RequestParam(required = false) Long communityEventId, @RequestParam(required = false) Long matchmakingEventId,
                      Authentication authentication, Model model) {
        return form(model, authentication, RequestForm.empty(communityEventId, matchmakingEventId), null, Map.of());
    }

    @PostMapping("/partner-requests")
    String create(RequestForm form, Authentication authentication, Model model) {
        try {
            PartnerRequest posted = requests.post(SignedInAccount.required(authentication), form.draft());
            return "redirect:" + posted.path();
        } catch (InvalidInput invalid) {
            return form(model, authentication, form, null, invalid.byField());
        }
    }

    @GetMapping("/partner-requests/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Model model) {
        PartnerRequest request = requests.get(id);
        if (!requests.canManage(request, authentication)) {
            throw new AccessDeniedException("not yours to change");
        }
        return form(model, authentication, RequestForm.of(request), request, Map.of());
    }

    @PostMapping("/partner-requests/{id}")
    String update(@PathVariable long id, RequestForm form, Authentication authentication, Model model) {
        PartnerRequest request = requests.get(id);
        try {
            RequestDraft draft = form.draft();
            requests.update(id, authentication, new RequestDraft(request.organisationId(), draft.kind(), draft.title(),
                    draft.description(), draft.sectors(), draft.valueChainStages(), draft.countries(), draft.deadline(),
                    draft.communityEventId(), draft.matchmakingEventId()));
            return "redirect:" + request.path();
        } catch (InvalidInput invalid) {
            return form(model, authentication, form, request, invalid.byField());
        }
    }

    @PostMapping("/partner-requests/{id}/close")
    String close(@PathVariable long id, Authentication authentication) {
        return "redirect:" + requests.close(id, authentication).path();
    }

    private String form(Model model, Authentication authentication, RequestForm form, PartnerRequest request, Map<String, String> errors) {
        long accountId = SignedInAccount.required(authentication).accountId();
        List<Long> ids = memberships.organisationsOf(accountId).stream().map(Membership::organisationId).toList();
        model.addAttribute("ownOrganisations", organisations.byIds(ids).values().stream().filter(Organisation::isPublished)
                .sorted(java.util.Comparator.comparing(Organisation::getName)).toList());
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        choices.addTo(model);
        return "partnersearch/request-form";
    }
}
