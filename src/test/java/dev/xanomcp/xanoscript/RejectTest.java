package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Must-reject: one known mistake at a time in a valid file, each giving an error with the
 * expected code on the line of the mistake.
 */
class RejectTest {
  static String base() throws IOException {
    try (InputStream in = RejectTest.class.getResourceAsStream("/xanoscript/accept/function.xs")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("unknown filter", "count   : $orders|count", "count   : $orders|length", "unknown-filter", "length"),
        Arguments.of("engine name of a filter", "filters=trim|upper", "filters=trim|upper\n    text note?=\"x\"\n    text s?=\"\"", null, null),
        Arguments.of("unknown statement", "    var $total {", "    var.set $total {", "unknown-statement", "var.set"),
        Arguments.of("else if", "      elseif ($total > 1000) {", "      else if ($total > 1000) {", "else-if", "else if"),
        Arguments.of("second if", "      elseif ($total > 1000) {", "      if ($total > 1000) {", "second-if", "if ($total > 1000)"),
        Arguments.of("foreign type", "    bool include_refunds?=false", "    boolean include_refunds?=false", "unknown-type", "boolean"),
        Arguments.of("nested array", "    bool include_refunds?=false", "    int[][] grid", "nested-array-type", "int[][]"),
        Arguments.of("missing brace", "        math.add $total {\n          value = $order.amount\n        }",
            "        math.add $total {\n          value = $order.amount\n", "unclosed-block", "math.add $total {"),
        Arguments.of("unterminated string", "value = \"none\"", "value = \"none", "unterminated-string", "\"none"),
        Arguments.of("property in stack", "    } as $orders\n", "    } as $orders\n    response = $orders\n", "property-in-stack", "response = $orders"),
        Arguments.of("trailing comment", "    var $total {", "    var $total { // running total", "trailing-comment", "// running"),
        Arguments.of("filter with comparison", "if (($orders|count) == 0)", "if ($orders|count == 0)", "filter-needs-parentheses", "$orders|count == 0"),
        Arguments.of("filter with concatenation", "label   : $label", "label   : $label|to_upper ~ \"!\"", "filter-needs-parentheses", "$label|to_upper"),
        Arguments.of("var $input", "    var $total {", "    var $input {", "reserved-variable", "$input {"),
        Arguments.of("foreach without each", "      each as $order {\n        math.add $total {\n          value = $order.amount\n        }\n      }",
            "      math.add $total {\n        value = $order.amount\n      }", "missing-each", "math.add $total {\n        value"),
        Arguments.of("comment in object", "    total   : $total\n", "    total   : $total\n    // the count\n", "comment-in-expression", "// the count"),
        Arguments.of("comment in statement braces", "      where = $db", "      // paid only\n      where = $db", "comment-in-statement", "// paid only"),
        Arguments.of("second construct", "  response = {", null, "second-construct", "function \"second\""),
        Arguments.of("unknown construct", "function \"orders/customer_total\" {", "fuction \"orders/customer_total\" {", "unknown-construct", "fuction"),
        Arguments.of("blank line after comment", "// Totals the paid orders of one customer\n", "// Totals the paid orders of one customer\n\n", "blank-line-after-comment", "function \""),
        Arguments.of("if outside conditional", "    foreach ($orders) {", "    if ($total > 0) {\n      var $x {\n        value = 1\n      }\n    }\n    foreach ($orders) {",
            "if-outside-conditional", "if ($total > 0)"),
        Arguments.of("unknown input filter", "filters=trim|upper", "filters=trim|uppercase", "unknown-filter", null),
        Arguments.of("object with equals", "    total   : $total\n", "    total   = $total\n", "object-uses-equals", "= $total"),
        Arguments.of("database filter outside a query", "count   : $orders|count", "count   : $orders|timestamp_add_days:1", "unknown-filter", "timestamp_add_days"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void reportsTheMistake(String name, String find, String replace, String code, String marker) throws IOException {
    String source = base();
    String mutated;
    if (name.equals("second construct")) {
      mutated = source + "function \"second\" {\n  input {\n  }\n  stack {\n  }\n}\n";
    } else {
      assertTrue(source.contains(find), "base file lacks: " + find);
      mutated = source.replace(find, replace);
    }
    List<Diagnostic> found = Checker.get().checkFile(mutated).diagnostics();
    if (code == null) {
      assertEquals(List.of(), found.stream().filter(d -> d.severity() == Severity.ERROR).toList(), name);
      return;
    }
    int line = marker == null ? -1 : lineOf(mutated, marker);
    boolean hit = found.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.code().equals(code) && (line < 0 || d.line() == line));
    assertTrue(hit, name + ": expected " + code + " at line " + line + ", got " + found);
  }

  private static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, "marker not found: " + marker);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
