package dev.xanomcp.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON schemas as the maps the SDK sends. Strict and portable: every property typed, enums typed,
 * no unusual keywords, which some clients reject.
 */
public final class Schemas {
  private Schemas() {}

  /** The input schema of {@code params}: only those properties, each typed. */
  public static Map<String, Object> input(List<Param> params) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Param param : params) {
      Map<String, Object> property = property(param.type().json, param.description());
      if (param.type() == Param.Type.TEXTS) {
        property.put("items", Map.of("type", "string"));
      }
      if (!param.values().isEmpty()) {
        property.put("enum", param.values());
      }
      if (param.min() != null) {
        property.put("minimum", param.min());
        property.put("maximum", param.max());
      }
      if (param.fallback() != null) {
        property.put("default", param.fallback());
      }
      properties.put(param.name(), property);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    List<String> required = params.stream().filter(Param::required).map(Param::name).toList();
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * An object schema with these properties, of which {@code required} are always present. Extra
   * properties are allowed, so that a field added later does not break a client that validates.
   */
  public static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  /** A typed property; the description may be null where the name says it all. */
  public static Map<String, Object> property(String type, String description) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("type", type);
    if (description != null) {
      property.put("description", description);
    }
    return property;
  }

  /** An array whose items follow {@code items}. */
  public static Map<String, Object> array(Map<String, Object> items) {
    Map<String, Object> property = property("array", null);
    property.put("items", items);
    return property;
  }
}
