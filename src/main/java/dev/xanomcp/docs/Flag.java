package dev.xanomcp.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A flag of a command: {@code --name}, its one-letter {@code -short} form if any, its value type
 * ({@code boolean} for a switch), its default as the tool prints it, and whether it is required.
 */
public record Flag(
    String name,
    @JsonProperty("short") String shortName,
    String type,
    @JsonProperty("default") String defaultValue,
    boolean required,
    String description) {

  public Flag {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(description, "description == null");
    if (name.startsWith("-") || shortName != null && (shortName.length() != 1)) {
      throw new IllegalArgumentException("flag " + name + ": write names without dashes, a short form as one letter");
    }
  }
}
