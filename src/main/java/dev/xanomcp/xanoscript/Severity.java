package dev.xanomcp.xanoscript;

import java.util.Locale;

/** How sure the checker is: an error means the code is invalid, a warning asks for a second look. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case name tools print: "error" or "warning". */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
