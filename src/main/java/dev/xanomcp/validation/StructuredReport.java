package dev.xanomcp.validation;

import dev.xanomcp.xanoscript.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of an outcome, as the tool's {@code structuredContent}: complete on its own and no
 * copy of the Markdown. Code given as a string is one object ({@code valid}, {@code checked_as},
 * {@code diagnostics}, {@code more}); files are {@code valid}, {@code checked} (how many were
 * checked), {@code files} and {@code notes}, where, like the Markdown, only files with findings
 * (or the only one) are listed. Empty fields are left out.
 */
public final class StructuredReport {
  private StructuredReport() {}

  public static Map<String, Object> render(Outcome outcome) {
    List<FileResult> results = outcome.results();
    boolean one = results.size() == 1;
    if (one && results.get(0).path() == null && outcome.notes().isEmpty()) {
      return file(results.get(0));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("valid", outcome.valid());
    data.put("checked", results.stream().filter(FileResult::wasChecked).count());
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileResult result : results) {
      if (one || !result.wasChecked() || !result.diagnostics().isEmpty()) {
        files.add(file(result));
      }
    }
    data.put("files", files);
    if (!outcome.notes().isEmpty()) {
      data.put("notes", outcome.notes());
    }
    return data;
  }

  /** One file: {@code path} (absent for code), {@code valid}, {@code checked_as}, {@code diagnostics}, {@code more}; or its {@code problem}. */
  static Map<String, Object> file(FileResult result) {
    Map<String, Object> file = new LinkedHashMap<>();
    if (result.path() != null) {
      file.put("path", result.path());
    }
    file.put("valid", result.valid());
    if (!result.wasChecked()) {
      file.put("problem", result.problem());
      return file;
    }
    file.put("checked_as", result.checkedAs());
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("line", d.line());
      item.put("column", d.column());
      item.put("severity", d.severity().toString());
      item.put("code", d.code());
      item.put("message", d.message());
      if (d.suggestion() != null) {
        item.put("suggestion", d.suggestion());
      }
      diagnostics.add(item);
    }
    file.put("diagnostics", diagnostics);
    if (result.more() > 0) {
      file.put("more", result.more());
    }
    return file;
  }
}
