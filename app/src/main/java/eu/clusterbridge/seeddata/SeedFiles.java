package eu.clusterbridge.seeddata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import eu.clusterbridge.seeddata.DataSet.EventRecord;
import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;
import eu.clusterbridge.seeddata.DataSet.PartnershipRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.type.TypeReference;

/**
 * Reads the seed data files shipped in {@code classpath:seed/} into one data set. The same organisation may
 * appear in several files (one per part of the sources), and so may an event: records are merged by key.
 */
final class SeedFiles {

    private SeedFiles() {
    }

    static DataSet read(String root) {
        List<OrganisationRecord> organisations = new ArrayList<>();
        readAll(root + "/organisations/*.json", new TypeReference<List<OrganisationRecord>>() { }, organisations);
        List<PartnershipRecord> partnerships = new ArrayList<>();
        readAll(root + "/partnerships/*.json", new TypeReference<List<PartnershipRecord>>() { }, partnerships);
        List<EventRecord> events = new ArrayList<>();
        readAll(root + "/events/*.json", new TypeReference<List<EventRecord>>() { }, events);
        return new DataSet(mergeByKey(organisations, OrganisationRecord::key, RecordMerge::organisations), partnerships,
                mergeByKey(events, EventRecord::key, RecordMerge::events));
    }

    private static <T> void readAll(String pattern, TypeReference<List<T>> type, List<T> into) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    into.addAll(DataSetJson.readList(in, type, "seed file " + file.getFilename()));
                }
            }
        } catch (IOException e) {
            throw new DataSetException("cannot read seed files " + pattern + ": " + e.getMessage());
        }
    }

    private static <T> List<T> mergeByKey(List<T> records, Function<T, String> key, BinaryOperator<T> merge) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T record : records) {
            byKey.merge(key.apply(record), record, merge);
        }
        return List.copyOf(byKey.values());
    }
}
