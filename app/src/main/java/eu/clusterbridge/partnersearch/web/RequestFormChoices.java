package eu.clusterbridge.partnersearch.web;

import java.util.Comparator;
import java.util.List;

import eu.clusterbridge.community.CommunityEvent;
import eu.clusterbridge.community.CommunityEvents;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.partnersearch.requests.RequestKind;
import eu.clusterbridge.taxonomy.Country;
import eu.clusterbridge.taxonomy.Sector;
import eu.clusterbridge.taxonomy.Taxonomy;
import eu.clusterbridge.taxonomy.ValueChainStage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the request form and filters: kinds, sectors, stages, countries, events and calls. */
@Component
class RequestFormChoices {

    private final List<Sector> sectors;
    private final List<ValueChainStage> stages;
    private final List<Country> countries;
    private final CommunityEvents communityEvents;
    private final MatchmakingEvents matchmakingEvents;

    RequestFormChoices(Taxonomy taxonomy, CommunityEvents communityEvents, MatchmakingEvents matchmakingEvents) {
        this.sectors = taxonomy.sectors().stream().sorted(Comparator.comparing(Sector::name)).toList();
        this.stages = taxonomy.valueChainStages();
        this.countries = taxonomy.countries().stream().sorted(Comparator.comparing(Country::name)).toList();
        this.communityEvents = communityEvents;
        this.matchmakingEvents = matchmakingEvents;
    }

    void addTo(Model model) {
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("sectors", sectors);
        model.addAttribute("stages", stages);
        model.addAttribute("countries", countries);
        model.addAttribute("communityEvents", communityEvents.all().stream().sorted(Comparator.comparing(CommunityEvent::getName)).toList());
        model.addAttribute("matchmakingEvents", matchmakingEvents.all().stream().sorted(Comparator.comparing(MatchmakingEvent::name)).toList());
    }
}
