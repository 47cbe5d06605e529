package dev.xanomcp.validation;

import dev.xanomcp.xanoscript.Checker;
import dev.xanomcp.xanoscript.Definitions;

/** The one place that calls the checker, so that a change of its API is a change here only. */
final class Checks {
  private Checks() {}

  /** One {@code .xs} file, with the names other files define. */
  static FileResult file(String path, String text, Definitions definitions) {
    return result(path, Checker.get().checkFile(text, definitions));
  }

  /**
   * Code given as a string: whole constructs (a Run API document may hold several), or the
   * statements, clause or expression it is.
   */
  static FileResult code(String code) {
    return result(null, Checker.get().check(code));
  }

  private static FileResult result(String path, Checker.Result checked) {
    return FileResult.checked(path, checked.checkedAs(), checked.diagnostics(), checked.more());
  }
}
