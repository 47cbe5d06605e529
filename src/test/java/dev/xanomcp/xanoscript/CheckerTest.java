package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static final String JOB = "run.job \"a\" {\n  main = {name: \"f\", input: {}}\n}\n";

  private static List<String> codes(String code, Scope scope) {
    return Checker.get().check(code, scope).stream().map(d -> d.severity() + " " + d.code()).toList();
  }

  @Test
  void isOneSharedInstance() {
    assertSame(Checker.get(), Checker.get());
    assertEquals("error", Severity.ERROR.toString());
    assertEquals("warning", Severity.WARNING.toString());
  }

  @Test
  void aSecondConstructIsAnErrorInAFileAndAWarningInADocument() {
    assertEquals(List.of("error second-construct"), codes(JOB + JOB, Scope.FILE));
    assertEquals(List.of("warning second-construct"), codes(JOB + JOB, Scope.DOCUMENT));
    assertEquals(List.of(), codes(JOB, Scope.FILE));
  }

  @Test
  void readsFragmentsInTheContextTheyBelongTo() {
    assertEquals(List.of(), codes("input {\n  text name\n}\nstack {\n  var $x {\n    value = 1\n  }\n}\nresponse = $x\n", Scope.FRAGMENT));
    assertEquals(List.of(), codes("var $x {\n  value = $input.a|trim\n}\ndebug.log {\n  value = $x\n}\n", Scope.FRAGMENT));
    assertEquals(List.of(), codes("int page?=1 filters=min:1\ntext[] tags\n", Scope.FRAGMENT));
    assertEquals(List.of(), codes("$db.event.starts_at|timestamp_add_days:7\n($items|count) > 0\n", Scope.FRAGMENT));
    assertEquals(List.of("warning trailing-comment"), codes("$text|trim  // drop blanks\n", Scope.FRAGMENT));
    assertEquals(List.of("error unknown-filter"), codes("$text|strrev\n", Scope.FRAGMENT));
  }

  @Test
  void capsTheListAndSaysHowManyWereCut() {
    String code = "function \"f\" {\n  input {\n  }\n  stack {\n" + "    nope.nope {\n    }\n".repeat(30) + "  }\n}\n";
    List<Diagnostic> found = Checker.get().check(code, Scope.FILE);
    assertEquals(Report.CAP + 1, found.size());
    Diagnostic last = found.get(found.size() - 1);
    assertEquals("more-diagnostics", last.code());
    assertTrue(last.message().startsWith("10 more"), last.message());
    for (int i = 1; i < found.size() - 1; i++) {
      assertTrue(found.get(i - 1).line() <= found.get(i).line(), "sorted by line");
    }
  }

  @Test
  void suggestsTheXanoScriptName() {
    Diagnostic d = Checker.get().check("var $x {\n  value = $s|lower\n}\n", Scope.FRAGMENT).get(0);
    assertEquals("unknown-filter", d.code());
    assertEquals(2, d.line());
    assertEquals(14, d.column());
    assertTrue(d.suggestion().contains("to_lower"), d.suggestion());
  }

  @Test
  void stepsOverAStrayBracketInsideAnObject() {
    List<String> found = codes("var $x {\n  value = {\n    a: \"open\n    ]\n  }\n}\n", Scope.FILE);
    assertTrue(found.contains("error unterminated-string"), found.toString());
  }
}
