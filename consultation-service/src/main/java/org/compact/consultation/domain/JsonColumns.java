package org.compact.consultation.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Small lists stored as JSON text. A private mapper keeps the stored form independent of the HTTP
 * JSON settings.
 */
final class JsonColumns {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonColumns() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + value, e);
    }
  }

  static <T> List<T> read(String json, TypeReference<List<T>> type) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(MAPPER.readValue(json, type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read stored JSON " + json, e);
    }
  }

  @Converter
  public static class Links implements AttributeConverter<List<ConsultationLink>, String> {
    @Override
    public String convertToDatabaseColumn(List<ConsultationLink> links) {
      return write(links == null ? List.of() : links);
    }

    @Override
    public List<ConsultationLink> convertToEntityAttribute(String json) {
      return read(json, new TypeReference<>() {});
    }
  }

  @Converter
  public static class Strings implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> values) {
      return write(values == null ? List.of() : values);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
      return read(json, new TypeReference<>() {});
    }
  }

  @Converter
  public static class Breakdown implements AttributeConverter<List<BreakdownEntry>, String> {
    @Override
    public String convertToDatabaseColumn(List<BreakdownEntry> entries) {
      return write(entries == null ? List.of() : entries);
    }

    @Override
    public List<BreakdownEntry> convertToEntityAttribute(String json) {
      return read(json, new TypeReference<>() {});
    }
  }
}
