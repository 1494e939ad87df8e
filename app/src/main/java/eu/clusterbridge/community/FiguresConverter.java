package eu.clusterbridge.community;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores an event's figures as a JSON array in a {@code jsonb} column. */
@Converter
class FiguresConverter implements AttributeConverter<List<Figure>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<Figure> figures) {
        return JSON.writeValueAsString(figures == null ? List.of() : figures);
    }

    @Override
    public List<Figure> convertToEntityAttribute(String json) {
        return json == null ? List.of() : JSON.readValue(json, FIGURES);
    }
}
