package dev.xanomcp.xanoscript;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile code for the nesting limit, and a main that checks each case and prints one line per
 * case: its name, the codes of the diagnostics and the line of {@code nested-too-deep}, or the
 * error that ended the check. {@code NestingLimitTest} runs it in a JVM with the launcher's flags.
 */
public final class DeepCode {
  private DeepCode() {}

  /** Each case by name: code nested {@code depth} levels in one way. */
  static Map<String, String> cases(int depth) {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("parentheses", wrap("(".repeat(depth) + "1" + ")".repeat(depth)));
    cases.put("unclosed parentheses", wrap("(".repeat(depth)));
    cases.put("brackets", wrap("[".repeat(depth) + "1" + "]".repeat(depth)));
    cases.put("objects", wrap("{a: ".repeat(depth) + "1" + "}".repeat(depth)));
    cases.put("negations", wrap("!".repeat(depth) + "true"));
    cases.put("operators", wrap("1" + " + 1".repeat(depth)));
    cases.put("filter arguments", wrap("$x|concat:(".repeat(depth) + "1" + ")".repeat(depth)));
    cases.put("indexes", wrap("$x[".repeat(depth) + "1" + "]".repeat(depth)));
    cases.put("blocks", "function \"f\" {\n  input {\n  }\n  stack {\n" + "group {\nstack {\n".repeat(depth) + "}\n}\n".repeat(depth) + "  }\n}\n");
    cases.put("conditionals", "function \"f\" {\n  input {\n  }\n  stack {\n"
        + "conditional {\nif (true) {\n".repeat(depth) + "}\n}\n".repeat(depth) + "  }\n}\n");
    cases.put("fields", "function \"f\" {\n  input {\n" + "object o {\nschema {\n".repeat(depth) + "}\n}\n".repeat(depth) + "  }\n  stack {\n  }\n}\n");
    cases.put("snippet", "(".repeat(depth) + "1" + ")".repeat(depth));
    return cases;
  }

  private static String wrap(String value) {
    return "function \"f\" {\n  input {\n  }\n  stack {\n    var $x {\n      value = " + value + "\n    }\n  }\n  response = $x\n}\n";
  }

  /** Args: the depth, then the names of the cases to run (all when none is named). */
  public static void main(String[] args) {
    int depth = Integer.parseInt(args[0]);
    cases(depth).forEach((name, code) -> {
      try {
        Checker.Result result = name.equals("snippet") ? Checker.get().check(code) : Checker.get().checkFile(code);
        int line = result.diagnostics().stream().filter(d -> d.code().equals("nested-too-deep")).mapToInt(Diagnostic::line).findFirst().orElse(0);
        System.out.println(name + "\t" + result.diagnostics().stream().map(Diagnostic::code).toList() + "\t" + line);
      } catch (Throwable e) {
        System.out.println(name + "\tcrash " + e);
      }
    });
  }
}
