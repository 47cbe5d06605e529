package dev.xanomcp.validation;

import dev.xanomcp.xanoscript.Diagnostic;
import dev.xanomcp.xanoscript.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one file, or for code given as a string ({@code path} null): what it was
 * checked as, its diagnostics and how many more were found but not listed; or, when it could not
 * be checked, why ({@code problem}), and whether that was the checker's own failure ({@code internal}).
 */
public record FileResult(String path, String checkedAs, List<Diagnostic> diagnostics, int more, String problem, boolean internal) {
  public FileResult {
    diagnostics = List.copyOf(diagnostics);
    if ((checkedAs == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of checkedAs and problem");
    }
  }

  /** A file or code that was checked. */
  public static FileResult checked(String path, String checkedAs, List<Diagnostic> diagnostics, int more) {
    Objects.requireNonNull(checkedAs, "checkedAs == null");
    return new FileResult(path, checkedAs, diagnostics, more, null, false);
  }

  /** A path that could not be read, and why. */
  public static FileResult unreadable(String path, String problem) {
    Objects.requireNonNull(problem, "problem == null");
    return new FileResult(path, null, List.of(), 0, problem, false);
  }

  /** A file the checker failed on: a bug of the checker, not of the file. */
  public static FileResult failed(String path, String problem) {
    Objects.requireNonNull(problem, "problem == null");
    return new FileResult(path, null, List.of(), 0, problem, true);
  }

  /** Whether it was checked (rather than refused or failed). */
  public boolean wasChecked() {
    return problem == null;
  }

  /** Checked, with no error. */
  public boolean valid() {
    return wasChecked() && errors() == 0;
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
