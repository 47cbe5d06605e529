package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static final String JOB = "run.job \"a\" {\n  main = {name: \"f\", input: {}}\n}\n";

  private static List<String> codes(Checker.Result result) {
    return result.diagnostics().stream().map(d -> d.severity() + " " + d.code()).toList();
  }

  private static Checker.Result check(String code) {
    return Checker.get().check(code);
  }

  @Test
  void isOneSharedInstance() {
    assertSame(Checker.get(), Checker.get());
    assertEquals("error", Severity.ERROR.toString());
    assertEquals("warning", Severity.WARNING.toString());
  }

  @Test
  void aSecondConstructIsAnErrorInAFileAndAWarningInADocument() {
    assertEquals(List.of("error second-construct"), codes(Checker.get().checkFile(JOB + JOB)));
    Checker.Result document = check(JOB + JOB);
    assertEquals(Checker.DOCUMENT, document.checkedAs());
    assertEquals(List.of("warning second-construct"), codes(document));
    assertTrue(document.valid());
    Checker.Result one = check(JOB);
    assertEquals(Checker.FILE, one.checkedAs());
    assertEquals(List.of(), codes(one));
  }

  @Test
  void snippetsAreCheckedAsWhatTheyAre() {
    assertSnippet(Checker.STATEMENTS, "var $total {\n  value = 0\n}\n");
    assertSnippet(Checker.STATEMENTS, "var $total { value = 0 }");
    assertSnippet(Checker.STATEMENTS, "db.query \"user\" {\n  where = $db.user.active\n} as $users\n");
    assertSnippet(Checker.STATEMENTS, "conditional {\n  if ($input.n > 1) {\n    var $x {\n      value = 1\n    }\n  }\n}\n");
    assertSnippet(Checker.STATEMENTS, "precondition ($input.n > 0) {\n  error_type = \"inputerror\"\n  error = \"n must be positive\"\n}\n");
    assertSnippet(Checker.STATEMENTS, "function.run \"orders/total\" {\n  input = {id: $input.id}\n} as $total\n");
    assertSnippet(Checker.CLAUSE, "input {\n  text name\n}\nstack {\n  var $x {\n    value = 1\n  }\n}\nresponse = $x\n");
    assertSnippet(Checker.CLAUSE, "int page?=1 filters=min:1\ntext[] tags\n");
    assertSnippet(Checker.EXPRESSION, "$db.event.starts_at|timestamp_add_days:7\n($items|count) > 0\n");
    assertSnippet(Checker.EXPRESSION, "$input.items|filter:$$.price > 10");
  }

  private static void assertSnippet(String checkedAs, String code) {
    Checker.Result result = check(code);
    assertEquals(List.of(), codes(result), code);
    assertEquals(checkedAs, result.checkedAs(), code);
  }

  @Test
  void aSnippetKeepsItsErrors() {
    Checker.Result result = check("var $x {\n  value = $s|strrev\n}\n");
    assertEquals(Checker.STATEMENTS, result.checkedAs());
    assertEquals(List.of("error unknown-filter"), codes(result));
    assertFalse(result.valid());
    assertEquals(List.of("error trailing-comment"), codes(check("$text|trim  // drop blanks\n")));
    assertEquals(List.of("warning placeholder"), codes(check("var $x {\n  value = {a: 1, ...}\n}\n")));
  }

  @Test
  void aSnippetThatStartsWithADotDoesNotCrash() {
    Checker.Result result = check(".x[1].y");
    assertFalse(result.valid());
    assertEquals(1, result.diagnostics().get(0).line());
  }

  @Test
  void listsTwentyAndCountsTheRest() {
    String code = "function \"f\" {\n  input {\n  }\n  stack {\n" + "    nope.nope {\n    }\n".repeat(30) + "  }\n}\n";
    Checker.Result found = Checker.get().checkFile(code);
    assertEquals(Report.CAP, found.diagnostics().size());
    assertEquals(10, found.more());
    for (int i = 1; i < found.diagnostics().size(); i++) {
      assertTrue(found.diagnostics().get(i - 1).line() <= found.diagnostics().get(i).line(), "sorted by line");
    }
  }

  @Test
  void aHundredThousandErrorsAreCountedNotKept() {
    String code = "function \"f\" {\n  input {\n  }\n  stack {\n" + "    nope.nope {\n    }\n".repeat(100_000) + "  }\n}\n";
    Checker.Result found = Checker.get().checkFile(code);
    assertEquals(Report.CAP, found.diagnostics().size());
    assertEquals(100_000 - Report.CAP, found.more());
    assertEquals(5, found.diagnostics().get(0).line(), "the first ones by place are kept");
  }

  @Test
  void aLongCheckStopsWhenItsThreadIsInterrupted() {
    String code = "function \"f\" {\n  input {\n  }\n  stack {\n" + "    var $x {\n      value = 1\n    }\n".repeat(5_000) + "  }\n}\n";
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> Checker.get().checkFile(code));
    } finally {
      Thread.interrupted();
    }
    assertTrue(Checker.get().checkFile(code).valid());
  }

  @Test
  void errorsAreListedBeforeWarnings() {
    String warnings = "    var $response {\n      value = 1\n    }\n".repeat(30);
    String code = "function \"f\" {\n  input {\n  }\n  stack {\n" + warnings + "    nope.nope {\n    }\n  }\n}\n";
    Checker.Result found = Checker.get().checkFile(code);
    assertTrue(codes(found).contains("error unknown-statement"), codes(found).toString());
    assertFalse(found.valid());
  }

  @Test
  void hugeTokensAreCutInMessages() {
    String name = "x".repeat(400_000);
    for (String code : List.of(name + " {", "var $x {\n  value = $y|" + name + "\n}\n", "function \"f\" {\n  " + name + " = 1\n}\n",
        "var $" + name + " {\n  value = \"" + name + "\n}\n")) {
      Checker.Result found = check(code);
      assertFalse(found.diagnostics().isEmpty());
      for (Diagnostic d : found.diagnostics()) {
        assertTrue(d.message().length() < 400, () -> d.message().length() + " characters: " + d.message().substring(0, 200));
        assertTrue(d.suggestion() == null || d.suggestion().length() < 400, () -> d.suggestion().substring(0, 200));
      }
    }
  }

  @Test
  void cutsLongQuotedPartsOnly() {
    String longName = "a".repeat(100);
    assertEquals("Unknown `" + "a".repeat(Report.QUOTE - 1) + "…` here.", Report.cut("Unknown `" + longName + "` here."));
    assertEquals("Unknown `abc` here.", Report.cut("Unknown `abc` here."));
    assertEquals("An open `" + "a".repeat(Report.QUOTE - 1) + "…", Report.cut("An open `" + longName));
  }

  @Test
  void suggestsTheXanoScriptName() {
    Diagnostic d = check("var $x {\n  value = $s|lower\n}\n").diagnostics().get(0);
    assertEquals("unknown-filter", d.code());
    assertEquals(2, d.line());
    assertEquals(14, d.column());
    assertTrue(d.suggestion().contains("to_lower"), d.suggestion());
  }

  @Test
  void stepsOverAStrayBracketInsideAnObject() {
    List<String> found = codes(Checker.get().checkFile("var $x {\n  value = {\n    a: \"open\n    ]\n  }\n}\n"));
    assertTrue(found.contains("error unterminated-string"), found.toString());
  }
}
