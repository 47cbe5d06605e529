package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/** A named object that endpoints return or accept. */
public record Schema(String name, String description, List<Field> properties) {

  public Schema {
    Objects.requireNonNull(name, "name == null");
    properties = List.copyOf(Objects.requireNonNull(properties, "properties == null"));
  }
}
