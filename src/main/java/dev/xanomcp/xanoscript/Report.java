package dev.xanomcp.xanoscript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects diagnostics, keeps one per place and code, and hands them back sorted and capped. */
final class Report {
  /** How many diagnostics a check returns before the final "more were cut" one. */
  static final int CAP = 20;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private int lineOffset;

  /** Shifts the lines of what follows, for code checked inside a wrapper. */
  void lineOffset(int offset) {
    this.lineOffset = offset;
  }

  void error(Token at, String code, String message, String suggestion) {
    add(at.line(), at.column(), Severity.ERROR, code, message, suggestion);
  }

  void warning(Token at, String code, String message, String suggestion) {
    add(at.line(), at.column(), Severity.WARNING, code, message, suggestion);
  }

  void add(int line, int column, Severity severity, String code, String message, String suggestion) {
    int shifted = line - lineOffset;
    if (shifted < 1) {
      shifted = 1;
    }
    if (seen.add(shifted + ":" + column + ":" + code)) {
      diagnostics.add(new Diagnostic(shifted, column, severity, code, message, suggestion));
    }
  }

  int warnings() {
    return diagnostics.size() - errors();
  }

  int errors() {
    return (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  /**
   * The diagnostics by line and column, at most {@link #CAP}; when more were found, a last
   * {@code more-diagnostics} warning says how many were cut (errors are kept before warnings).
   */
  List<Diagnostic> sorted() {
    Comparator<Diagnostic> byPlace = Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (all.size() <= CAP) {
      all.sort(byPlace);
      return all;
    }
    all.sort(Comparator.comparing(Diagnostic::severity).thenComparing(byPlace));
    List<Diagnostic> kept = new ArrayList<>(all.subList(0, CAP));
    kept.sort(byPlace);
    int cut = all.size() - CAP;
    Diagnostic last = kept.get(kept.size() - 1);
    kept.add(new Diagnostic(last.line(), last.column(), Severity.WARNING, "more-diagnostics",
        cut + " more diagnostic" + (cut == 1 ? " was" : "s were") + " found and not listed.", "Fix these and check again."));
    return kept;
  }
}
