package dev.xanomcp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.xanoscript.Diagnostic;
import dev.xanomcp.xanoscript.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four output forms of one outcome, and the size of the structured data against the Markdown. */
class ReportTest {
  static final Diagnostic ERROR = new Diagnostic(3, 5, Severity.ERROR, "unknown-type", "Unknown type `boolean`.", "Use `bool`.");
  static final Diagnostic WARNING = new Diagnostic(7, 14, Severity.WARNING, "unknown-variable", "`$totl` is read but never set in this function.", "Did you mean `$total`?");

  static final Outcome CODE = new Outcome(List.of(FileResult.checked(null, "file", List.of(ERROR, WARNING), 0)), List.of());
  static final Outcome VALID_CODE = new Outcome(List.of(FileResult.checked(null, "file", List.of(), 0)), List.of());
  static final Outcome FILES = new Outcome(List.of(
      FileResult.unreadable("gone.xs", "No file or folder at /w/gone.xs."),
      FileResult.checked("/w/api/a.xs", "file", List.of(), 0),
      FileResult.checked("/w/api/b.xs", "file", List.of(ERROR), 3)), List.of("Skipped 1 symbolic link."));

  @Test
  void saysWhatCodeWasCheckedAsInWords() {
    assertEquals("a whole file", MarkdownReport.readAs("file"));
    assertEquals("a whole document", MarkdownReport.readAs("document"));
    assertEquals("statements", MarkdownReport.readAs("statements"));
    assertEquals("a clause", MarkdownReport.readAs("clause"));
    assertEquals("an expression", MarkdownReport.readAs("expression"));
  }

  @Test
  void markdownOfOnePieceOfCode() {
    assertEquals("""
        Invalid: 1 error, 1 warning (checked as a whole file).

        1. 3:5 error `unknown-type`: Unknown type `boolean`. → Use `bool`.
        2. 7:14 warning `unknown-variable`: `$totl` is read but never set in this function. → Did you mean `$total`?
        """, MarkdownReport.render(CODE));
    assertEquals("Valid: no problems found (checked as a whole file).\n", MarkdownReport.render(VALID_CODE));
  }

  @Test
  void markdownOfFilesListsOnlyFilesWithFindings() {
    assertEquals("""
        1 of 2 files has errors; 1 path could not be checked.

        `gone.xs`: not checked: No file or folder at /w/gone.xs.

        `/w/api/b.xs`: 1 error, 0 warnings and 3 more

        1. 3:5 error `unknown-type`: Unknown type `boolean`. → Use `bool`.
        3 more problems were found; fix these and check again.

        Note: Skipped 1 symbolic link.
        """, MarkdownReport.render(FILES));
  }

  @Test
  void structuredDataHoldsTheSameFactsWithoutTheMarkdown() throws Exception {
    String json = new ObjectMapper().writeValueAsString(StructuredReport.render(FILES));
    assertEquals("{\"valid\":false,\"checked\":2,\"files\":[{\"path\":\"gone.xs\",\"valid\":false,\"problem\":\"No file or folder at /w/gone.xs.\"},"
        + "{\"path\":\"/w/api/b.xs\",\"valid\":false,\"checked_as\":\"file\",\"diagnostics\":[{\"line\":3,\"column\":5,\"severity\":\"error\","
        + "\"code\":\"unknown-type\",\"message\":\"Unknown type `boolean`.\",\"suggestion\":\"Use `bool`.\"}],\"more\":3}],"
        + "\"notes\":[\"Skipped 1 symbolic link.\"]}", json);
    assertEquals("{\"valid\":true,\"checked_as\":\"file\",\"diagnostics\":[]}",
        new ObjectMapper().writeValueAsString(StructuredReport.render(VALID_CODE)));
  }

  @Test
  void structuredDataIsAtMostHalfAgainTheMarkdown() throws Exception {
    List<Outcome> outcomes = new ArrayList<>(List.of(CODE, VALID_CODE, FILES));
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      many.add(new Diagnostic(i, 1, Severity.WARNING, "unknown-variable", "`$v" + i + "` is read but never set in this query.", "Did you mean `$w" + i + "`?"));
    }
    outcomes.add(new Outcome(List.of(FileResult.checked(null, "file", many, 4)), List.of()));
    List<FileResult> workspace = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      workspace.add(FileResult.checked("/home/me/project/api/group/endpoint_" + i + ".xs", "file", i % 50 == 0 ? List.of(WARNING) : List.of(), 0));
    }
    outcomes.add(new Outcome(workspace, List.of(Validator.PARTIAL)));
    ObjectMapper json = new ObjectMapper();
    for (Outcome outcome : outcomes) {
      int markdown = MarkdownReport.render(outcome).getBytes(StandardCharsets.UTF_8).length;
      int data = json.writeValueAsBytes(StructuredReport.render(outcome)).length;
      assertTrue(data <= markdown * 1.5, data + " bytes of JSON against " + markdown + " of Markdown:\n" + MarkdownReport.render(outcome));
    }
  }

  @Test
  void linesForEditorsAndJsonLinesForScripts() throws Exception {
    assertEquals(List.of("api/b.xs:3:5: error: Unknown type `boolean`. (Use `bool`.)", "api/b.xs: warning: 3 more problems were found and not listed."),
        LineReport.lines("api/b.xs", FILES.results().get(2)));
    assertEquals(List.of("gone.xs: error: No file or folder at /w/gone.xs."), LineReport.lines("gone.xs", FILES.results().get(0)));
    Map<?, ?> line = new ObjectMapper().readValue(JsonLineReport.line("api/b.xs", FILES.results().get(2)), Map.class);
    assertEquals("api/b.xs", line.get("path"));
    assertEquals(3, line.get("more"));
    assertTrue(!JsonLineReport.line("api/b.xs", FILES.results().get(2)).contains("\n"));
  }
}
