package eu.clusterbridge.shared;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a record's sources as a JSON array in a {@code jsonb} column: read together, never queried apart. */
@Converter
public class SourcesConverter implements AttributeConverter<List<Source>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Source>> SOURCES = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<Source> sources) {
        return JSON.writeValueAsString(sources == null ? List.of() : sources);
    }

    @Override
    public List<Source> convertToEntityAttribute(String json) {
        return json == null ? List.of() : JSON.readValue(json, SOURCES);
    }
}
