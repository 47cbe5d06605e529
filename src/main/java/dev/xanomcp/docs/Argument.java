package dev.xanomcp.docs;

import java.util.Objects;

/** A positional argument of a command. */
public record Argument(String name, boolean required, String description) {

  public Argument {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
  }
}
