package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/** A workflow: numbered steps that combine several endpoints, with an optional request sequence. */
public record Pattern(String name, String description, List<String> steps, String example) {

  public Pattern {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
    steps = List.copyOf(Objects.requireNonNull(steps, "steps == null"));
  }
}
