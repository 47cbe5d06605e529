package dev.xanomcp.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON schemas of tool inputs and outputs, as the maps the SDK sends. Strict and portable: every
 * property typed, enums typed, no unusual keywords, which some clients reject.
 */
public final class Schemas {
  private Schemas() {}

  /** A strict object schema: only the listed properties, every one typed. */
  public static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * The output schema of a tool: the Markdown answer ({@link Answer#MARKDOWN}) and the tool's
   * own fields, of which {@code required} are always present. Extra fields are allowed, so that a
   * field added later does not break a client that validates.
   */
  public static Map<String, Object> output(Map<String, Object> fields, List<String> required) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(Answer.MARKDOWN, property("string", null));
    properties.putAll(fields);
    List<String> always = new ArrayList<>();
    always.add(Answer.MARKDOWN);
    always.addAll(required);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", always);
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

  public static Map<String, Object> property(String type, String description, List<String> allowed) {
    Map<String, Object> property = property(type, description);
    property.put("enum", allowed);
    return property;
  }

  /** An array of items of one type. */
  public static Map<String, Object> array(String itemType, String description) {
    Map<String, Object> property = property("array", description);
    property.put("items", Map.of("type", itemType));
    return property;
  }

  /** The properties of an object schema made by {@link #object}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> properties(Map<String, Object> schema) {
    return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
  }
}
