package dev.xanomcp.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A path, query or header parameter of an endpoint. */
public record Parameter(
    String name,
    String type,
    @JsonProperty("in") String location,
    boolean required,
    @JsonProperty("default") JsonNode defaultValue,
    @JsonProperty("enum") List<String> allowed,
    String description) {

  private static final Set<String> LOCATIONS = Set.of("path", "query", "header");

  public Parameter {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(location, "in == null");
    Objects.requireNonNull(description, "description == null");
    if (!LOCATIONS.contains(location)) {
      throw new IllegalArgumentException("parameter " + name + ": unknown location " + location);
    }
    allowed = Lists.copy(allowed);
  }
}
