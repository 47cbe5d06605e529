package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project's own set of small valid and invalid cases (whole constructs, statements inside a
 * function, snippets), checked as {@code validate_xanoscript} checks code. A quarter of the set is
 * held out: it was never used to tune the checker, and only its counts are printed. Every valid case
 * of both parts must pass without error; every case of the tuning part must get what it expects.
 */
class CaseSetTest {
  private static final Pattern HEADER = Pattern.compile("(?m)^=== (valid|invalid|warning)( function)?: (.*)$");

  /** One case: what it expects, its name, and the code as the checker gets it. */
  record Case(String expect, String name, String code) {}

  static List<Case> load(String resource) throws IOException {
    String text;
    try (InputStream in = CaseSetTest.class.getResourceAsStream("/xanoscript/cases/" + resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    Matcher m = HEADER.matcher(text);
    boolean found = m.find();
    while (found) {
      String expect = m.group(1);
      boolean wrapped = m.group(2) != null;
      String name = m.group(3);
      int start = m.end() + 1;
      found = m.find();
      String code = text.substring(start, found ? m.start() : text.length());
      cases.add(new Case(expect, name, wrapped ? inFunction(code) : code));
    }
    return cases;
  }

  /** Statements inside a function with a few inputs, as an assistant would check them. */
  static String inFunction(String statements) {
    StringBuilder body = new StringBuilder();
    statements.lines().forEach(line -> body.append(line.isBlank() ? "" : "    " + line).append('\n'));
    return "function \"case_check\" {\n  input {\n    int id\n    text name?\n    json payload?\n  }\n  stack {\n" + body
        + "  }\n  response = null\n}\n";
  }

  /** What went wrong for {@code c}, or null when it got what it expects. */
  static String problem(Case c, Checker.Result result) {
    boolean error = !result.valid();
    boolean warning = result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING);
    return switch (c.expect()) {
      case "valid" -> error ? "valid but got " + result.diagnostics() : null;
      case "warning" -> error || !warning ? "expects a warning and no error, got " + result.diagnostics() : null;
      default -> error ? null : "invalid but got no error: " + result.diagnostics();
    };
  }

  /** The counts of one part: how many of each kind got what they expect. */
  static String counts(List<Case> cases, Function<Case, String> problems) {
    StringBuilder out = new StringBuilder();
    for (String kind : List.of("valid", "invalid", "warning")) {
      List<Case> of = cases.stream().filter(c -> c.expect().equals(kind)).toList();
      long right = of.stream().filter(c -> problems.apply(c) == null).count();
      out.append(kind).append(' ').append(right).append('/').append(of.size()).append("  ");
    }
    return out.toString().strip();
  }

  @Test
  void everyCaseGetsWhatItExpects() throws IOException {
    Function<Case, String> problems = c -> problem(c, Checker.get().check(c.code()));
    List<Case> tuning = load("tuning.txt");
    List<Case> heldOut = load("held-out.txt");
    System.out.println("cases, tuning:   " + counts(tuning, problems));
    System.out.println("cases, held out: " + counts(heldOut, problems));
    List<String> wrong = new ArrayList<>();
    for (Case c : tuning) {
      String problem = problems.apply(c);
      if (problem != null) {
        wrong.add(c.name() + ": " + problem);
      }
    }
    heldOut.stream().filter(c -> c.expect().equals("valid") && problems.apply(c) != null).forEach(c -> wrong.add("held out, " + c.name()));
    wrong.forEach(System.out::println);
    assertEquals(List.of(), wrong);
  }
}
