package eu.clusterbridge.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.clusterbridge.community.CommunityEvents;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.partnerships.Programme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the directory holds, in a few figures, and the way into search. */
@Controller
class HomePage {

    private final Organisations organisations;
    private final Partnerships partnerships;
    private final CommunityEvents events;

    HomePage(Organisations organisations, Partnerships partnerships, CommunityEvents events) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.events = events;
    }

    @GetMapping("/")
    String home(Model model) {
        var allPartnerships = partnerships.all();
        Map<Programme, Long> byProgramme = allPartnerships.stream()
                .collect(Collectors.groupingBy(Partnership::getProgramme, () -> new java.util.EnumMap<>(Programme.class), Collectors.counting()));
        Map<Programme, Long> programmes = new LinkedHashMap<>();
        Arrays.stream(Programme.values()).forEach(p -> programmes.put(p, byProgramme.getOrDefault(p, 0L)));
        model.addAttribute("directory", organisations.figures());
        model.addAttribute("partnershipCount", allPartnerships.size());
        model.addAttribute("targetMarketCount", allPartnerships.stream().flatMap(p -> p.getTargetMarkets().stream()).distinct().count());
        model.addAttribute("smesInvolved", allPartnerships.stream().map(Partnership::getSmesInvolved).filter(Objects::nonNull).mapToInt(Integer::intValue).sum());
        model.addAttribute("programmes", programmes);
        model.addAttribute("events", events.all().stream().limit(5).toList());
        model.addAttribute("eventCount", events.count());
        return "home";
    }
}
