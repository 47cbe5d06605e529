package dev.xanomcp.search;

import java.util.Objects;

/** A name of the XanoScript language (a statement, filter or type) and what kind of name it is. */
public record Symbol(String name, String kind) {
  public Symbol {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(kind, "kind == null");
  }
}
