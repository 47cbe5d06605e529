package dev.xanomcp.xanoscript;

import java.util.Objects;

/**
 * One finding of the checker: 1-based line and column of the offending token, a stable kebab-case
 * code, one sentence saying what was found and what was expected, and a suggestion (may be null).
 */
public record Diagnostic(int line, int column, Severity severity, String code, String message, String suggestion) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(message, "message == null");
  }
}
