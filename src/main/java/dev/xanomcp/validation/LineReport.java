package dev.xanomcp.validation;

import dev.xanomcp.xanoscript.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines {@code check} prints for one file, the form editors and CI annotate: {@code
 * path:line:column: severity: message (suggestion)}; a file that could not be checked is {@code
 * path: error: why}.
 */
public final class LineReport {
  private LineReport() {}

  public static List<String> lines(String shown, FileResult result) {
    List<String> lines = new ArrayList<>();
    if (!result.wasChecked()) {
      lines.add(shown + ": error: " + result.problem());
      return lines;
    }
    for (Diagnostic d : result.diagnostics()) {
      lines.add(shown + ":" + d.line() + ":" + d.column() + ": " + d.severity() + ": " + d.message() + (d.suggestion() == null ? "" : " (" + d.suggestion() + ")"));
    }
    if (result.more() > 0) {
      lines.add(shown + ": warning: " + result.more() + (result.more() == 1 ? " more problem was" : " more problems were") + " found and not listed.");
    }
    return lines;
  }
}
