package dev.xanomcp.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A named property of a request body, a response or a schema. Fields nest through {@code
 * properties}. A field without a type is a plain named value (a list of names in {@code enum}, or
 * one value in {@code example}).
 */
public record Field(
    String name,
    String type,
    boolean required,
    String format,
    @JsonProperty("default") JsonNode defaultValue,
    @JsonProperty("enum") List<String> allowed,
    String example,
    String description,
    List<Field> properties) {

  public Field {
    Objects.requireNonNull(name, "name == null");
    allowed = Lists.copy(allowed);
    properties = Lists.copy(properties);
  }
}
