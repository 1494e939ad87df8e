package eu.clusterbridge.search.internal;

import java.util.List;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.search.SearchPage.Hit;

/** Turns a found entity into the summary a result list shows. */
public final class HitMapper {

    private static final int SNIPPET_LENGTH = 220;

    private HitMapper() {
    }

    public static Hit hit(Object entity, Float score) {
        float relevance = score == null || score.isNaN() ? 0f : score;
        if (entity instanceof Organisation o) {
            return new Hit("ORGANISATION", o.getId(), o.getKey(), o.getName(), o.getType(), o.getCountry() == null ? List.of() : List.of(o.getCountry()),
                    snippet(o.getDescription() != null ? o.getDescription() : String.join(" ", o.getFacts())), relevance);
        }
        Partnership p = (Partnership) entity;
        return new Hit("PARTNERSHIP", p.getId(), p.getKey(), p.getAcronym() + ": " + p.getName(), p.getProgramme().label(),
                p.getPartnerCountries(), snippet(String.join(" ", p.getObjectives())), relevance);
    }

    private static String snippet(String text) {
        if (text == null || text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + "…";
    }
}
