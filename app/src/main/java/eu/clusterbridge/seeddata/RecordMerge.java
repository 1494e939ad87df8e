package eu.clusterbridge.seeddata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import eu.clusterbridge.seeddata.DataSet.EventRecord;
import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;

/**
 * Merges two records of the same real organisation or event transcribed from different parts of the sources:
 * lists are united, a scalar stated in both must agree (otherwise the data files contradict each other, and
 * loading stops naming the key and field), a scalar stated in one is kept. A second organisation name becomes
 * an alias; a second event name is kept in the notes.
 */
final class RecordMerge {

    private RecordMerge() {
    }

    static OrganisationRecord organisations(OrganisationRecord a, OrganisationRecord b) {
        String where = "organisation '" + a.key() + "'";
        List<String> aliases = union(a.aliases(), b.aliases());
        if (!a.name().equals(b.name())) {
            aliases = union(aliases, List.of(b.name()));
        }
        aliases.remove(a.name());
        return new OrganisationRecord(a.key(), a.name(), aliases,
                same(where, "type", a.type(), b.type()), same(where, "country", a.country(), b.country()),
                same(where, "nutsRegion", a.nutsRegion(), b.nutsRegion()), same(where, "city", a.city(), b.city()),
                same(where, "website", a.website(), b.website()), same(where, "email", a.email(), b.email()),
                joinText(a.description(), b.description()),
                union(a.sectors(), b.sectors()), union(a.valueChainStages(), b.valueChainStages()),
                union(a.technologies(), b.technologies()), union(a.services(), b.services()),
                union(a.targetMarkets(), b.targetMarkets()), union(a.facts(), b.facts()),
                same(where, "memberCount", a.memberCount(), b.memberCount()), same(where, "smeCount", a.smeCount(), b.smeCount()),
                same(where, "staffFte", a.staffFte(), b.staffFte()), same(where, "yearFounded", a.yearFounded(), b.yearFounded()),
                same(where, "excellenceLabel", a.excellenceLabel(), b.excellenceLabel()),
                union(a.sources(), b.sources()), union(a.notes(), b.notes()));
    }

    static EventRecord events(EventRecord a, EventRecord b) {
        String where = "event '" + a.key() + "'";
        List<String> notes = union(a.notes(), b.notes());
        if (!a.name().equals(b.name())) {
            notes = union(notes, List.of("Also named: " + b.name()));
        }
        return new EventRecord(a.key(), same(where, "kind", a.kind(), b.kind()), a.name(),
                same(where, "startDate", a.startDate(), b.startDate()), same(where, "endDate", a.endDate(), b.endDate()),
                same(where, "deadline", a.deadline(), b.deadline()), same(where, "city", a.city(), b.city()),
                same(where, "country", a.country(), b.country()), union(a.organisers(), b.organisers()),
                joinText(a.description(), b.description()), union(a.figures(), b.figures()),
                same(where, "url", a.url(), b.url()), union(a.sources(), b.sources()), notes);
    }

    private static <T> T same(String where, String field, T a, T b) {
        if (a != null && b != null && !Objects.equals(a, b)) {
            throw new DataSetException(where + ": seed files disagree on " + field + " ('" + a + "' and '" + b + "')");
        }
        return a != null ? a : b;
    }

    private static String joinText(String a, String b) {
        if (a == null || a.equals(b)) {
            return a != null ? a : b;
        }
        return b == null ? a : a + "\n\n" + b;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        LinkedHashSet<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
