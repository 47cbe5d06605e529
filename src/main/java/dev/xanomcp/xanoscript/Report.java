package dev.xanomcp.xanoscript;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects diagnostics and hands them back sorted and capped. It keeps only the {@link #CAP} that
 * will be listed (errors before warnings, then by place) and counts the rest, so code with a
 * hundred thousand mistakes costs no more memory than code with twenty. A diagnostic repeated at
 * the same place with the same code is kept once.
 */
final class Report {
  /** How many diagnostics a check lists. */
  static final int CAP = 20;
  /** How many recent places and codes are remembered to drop repeats among the ones not kept. */
  private static final int RECENT = 64;
  /** The longest token quoted in a message; longer ones are cut. */
  static final int QUOTE = 80;

  private static final Comparator<Diagnostic> BY_PLACE = Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);
  private static final Comparator<Diagnostic> BY_RANK = Comparator.comparing(Diagnostic::severity).thenComparing(BY_PLACE);

  /** The best {@link #CAP} so far, worst first, so that the head is the one to drop. */
  private final PriorityQueue<Diagnostic> kept = new PriorityQueue<>(CAP + 1, BY_RANK.reversed());
  private final Set<String> keptKeys = new HashSet<>();
  private final ArrayDeque<String> recent = new ArrayDeque<>(RECENT);
  private final Set<String> recentKeys = new HashSet<>();
  private int errors;
  private int warnings;
  private boolean stopped;

  void error(Token at, String code, String message, String suggestion) {
    add(at.line(), at.column(), Severity.ERROR, code, message, () -> suggestion);
  }

  /** An error whose suggestion costs work (a search for the nearest name): made only when the error is listed. */
  void errorSuggesting(Token at, String code, String message, Supplier<String> suggestion) {
    add(at.line(), at.column(), Severity.ERROR, code, message, suggestion);
  }

  void warning(Token at, String code, String message, String suggestion) {
    add(at.line(), at.column(), Severity.WARNING, code, message, () -> suggestion);
  }

  /** A warning whose suggestion costs work: made only when the warning is listed. */
  void warningSuggesting(Token at, String code, String message, Supplier<String> suggestion) {
    add(at.line(), at.column(), Severity.WARNING, code, message, suggestion);
  }

  void add(int line, int column, Severity severity, String code, String message, String suggestion) {
    add(line, column, severity, code, message, () -> suggestion);
  }

  private void add(int line, int column, Severity severity, String code, String message, Supplier<String> suggestion) {
    if (stopped) {
      return;
    }
    String key = line + ":" + column + ":" + code;
    if (keptKeys.contains(key) || recentKeys.contains(key)) {
      return;
    }
    remember(key);
    if (severity == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    Diagnostic d = new Diagnostic(line, column, severity, code, "", null);
    if (kept.size() == CAP) {
      if (BY_RANK.compare(d, kept.peek()) >= 0) {
        return;
      }
      keptKeys.remove(keyOf(kept.poll()));
    }
    String hint = suggestion.get();
    kept.add(new Diagnostic(line, column, severity, code, cut(message), hint == null ? null : cut(hint)));
    keptKeys.add(key);
  }

  private void remember(String key) {
    if (recent.size() == RECENT) {
      recentKeys.remove(recent.removeFirst());
    }
    recent.addLast(key);
    recentKeys.add(key);
  }

  private static String keyOf(Diagnostic d) {
    return d.line() + ":" + d.column() + ":" + d.code();
  }

  /** Ignores everything reported from now on: checking stopped, and what follows would be noise. */
  void stop() {
    stopped = true;
  }

  boolean stopped() {
    return stopped;
  }

  int warnings() {
    return warnings;
  }

  int errors() {
    return errors;
  }

  /** How many diagnostics were found and not kept. */
  int more() {
    return errors + warnings - kept.size();
  }

  /** The kept diagnostics by line and column: errors first when there were more than {@link #CAP}. */
  List<Diagnostic> sorted() {
    List<Diagnostic> all = new ArrayList<>(kept);
    all.sort(BY_PLACE);
    return all;
  }

  /**
   * {@code text} with every {@code `quoted`} part longer than {@link #QUOTE} characters cut short,
   * so that no answer echoes a huge token of the code.
   */
  static String cut(String text) {
    StringBuilder out = null;
    int open = -1;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '`') {
        continue;
      }
      if (open < 0) {
        open = i;
        continue;
      }
      if (i - open - 1 > QUOTE) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, open + QUOTE).append("…`");
        copied = i + 1;
      }
      open = -1;
    }
    if (open >= 0 && text.length() - open - 1 > QUOTE) {
      return (out == null ? new StringBuilder() : out).append(text, copied, open + QUOTE).append('…').toString();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }
}
