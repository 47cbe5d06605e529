package dev.xanomcp.validation;

import dev.xanomcp.xanoscript.Checker;
import dev.xanomcp.xanoscript.Definitions;
import dev.xanomcp.xanoscript.Diagnostic;
import dev.xanomcp.xanoscript.Scope;
import java.util.List;

/** The one place that calls the checker, so that a change of its API is a change here only. */
final class Checks {
  /** What a whole file, and code holding whole constructs, is checked as. */
  static final String FILE = "file";

  private Checks() {}

  /** One {@code .xs} file, with the names other files define. */
  static FileResult file(String path, String text, Definitions definitions) {
    return result(path, Checker.get().check(text, Scope.FILE, definitions));
  }

  /**
   * Code given as a string. A Run API document may define several constructs, so it is read as
   * one: a second construct is a warning here and an error in a {@code .xs} file.
   */
  static FileResult code(String code) {
    return result(null, Checker.get().check(code, Scope.DOCUMENT));
  }

  /** Today's checker ends a cut list with a {@code more-diagnostics} warning; its count becomes {@code more}. */
  private static FileResult result(String path, List<Diagnostic> found) {
    if (found.isEmpty() || !found.get(found.size() - 1).code().equals("more-diagnostics")) {
      return FileResult.checked(path, FILE, found, 0);
    }
    String message = found.get(found.size() - 1).message();
    int more = Integer.parseInt(message.substring(0, message.indexOf(' ')));
    return FileResult.checked(path, FILE, found.subList(0, found.size() - 1), more);
  }
}
