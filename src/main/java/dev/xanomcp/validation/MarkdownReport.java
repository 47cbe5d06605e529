package dev.xanomcp.validation;

import dev.xanomcp.xanoscript.Diagnostic;
import java.util.List;

/**
 * The Markdown of an outcome, as the tool's text: a verdict, then per file with findings its
 * problems as {@code line:column severity `code`: message → suggestion}; files without findings
 * are only counted.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** What code was checked as, in words: "a whole file", "statements", "an expression"... */
  static String readAs(String checkedAs) {
    return switch (checkedAs) {
      case "file", "document" -> "a whole " + checkedAs;
      case "clause" -> "a clause";
      case "expression" -> "an expression";
      default -> checkedAs;
    };
  }

  public static String render(Outcome outcome) {
    List<FileResult> results = outcome.results();
    StringBuilder md = new StringBuilder();
    if (results.size() == 1) {
      FileResult only = results.get(0);
      if (only.wasChecked()) {
        md.append(only.valid() ? "Valid" : "Invalid").append(": ").append(counts(only))
            .append(only.path() == null ? "" : " in `" + only.path() + "`").append(" (checked as ").append(readAs(only.checkedAs())).append(").\n");
      } else {
        md.append("Not checked: ").append(only.problem()).append('\n');
      }
      diagnostics(md, only);
    } else {
      md.append(verdict(results)).append('\n');
      for (FileResult result : results) {
        if (!result.wasChecked()) {
          md.append("\n`").append(result.path()).append("`: not checked: ").append(result.problem()).append('\n');
        } else if (!result.diagnostics().isEmpty()) {
          md.append("\n`").append(result.path()).append("`: ").append(counts(result)).append('\n');
          diagnostics(md, result);
        }
      }
    }
    for (String note : outcome.notes()) {
      md.append("\nNote: ").append(note).append('\n');
    }
    return md.toString();
  }

  private static String verdict(List<FileResult> results) {
    long checked = results.stream().filter(FileResult::wasChecked).count();
    long invalid = results.stream().filter(r -> r.wasChecked() && !r.valid()).count();
    long unread = results.size() - checked;
    String files = checked + (checked == 1 ? " file" : " files");
    String verdict = invalid == 0 ? (checked == 1 ? "The file is valid" : checked == 0 ? "No file was checked" : "All " + files + " are valid")
        : invalid + " of " + files + (invalid == 1 ? " has" : " have") + " errors";
    return verdict + (unread == 0 ? "." : "; " + unread + (unread == 1 ? " path" : " paths") + " could not be checked.");
  }

  private static void diagnostics(StringBuilder md, FileResult result) {
    if (result.diagnostics().isEmpty()) {
      return;
    }
    md.append('\n');
    int n = 1;
    for (Diagnostic d : result.diagnostics()) {
      md.append(n++).append(". ").append(d.line()).append(':').append(d.column()).append(' ').append(d.severity()).append(" `").append(d.code())
          .append("`: ").append(d.message());
      if (d.suggestion() != null) {
        md.append(" → ").append(d.suggestion());
      }
      md.append('\n');
    }
    if (result.more() > 0) {
      md.append(result.more()).append(result.more() == 1 ? " more problem was" : " more problems were").append(" found; fix these and check again.\n");
    }
  }

  /** "no problems found", or the errors and warnings counted. */
  static String counts(FileResult result) {
    long errors = result.errors();
    long warnings = result.warnings();
    if (errors == 0 && warnings == 0 && result.more() == 0) {
      return "no problems found";
    }
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings")
        + (result.more() > 0 ? " and " + result.more() + " more" : "");
  }
}
