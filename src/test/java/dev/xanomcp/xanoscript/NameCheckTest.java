package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each name rule with code it must pass and code it must flag (code, severity, line and suggestion). */
class NameCheckTest {
  private static final Set<String> NAME_CODES = Set.of("unknown-variable", "unset-variable", "unknown-input", "reserved-variable",
      "unknown-function", "unknown-table", "unknown-addon", "unknown-middleware", "unknown-column", "unknown-argument", "missing-argument");

  /** A function with inputs {@code email} and {@code address {zip}} around {@code stack}. */
  static String function(String stack) {
    return "function \"f\" {\n  input {\n    text email\n    object address {\n      schema {\n        text zip\n      }\n    }\n    json extra\n  }\n"
        + "  stack {\n" + stack + "\n  }\n  response = null\n}\n";
  }

  /** The first line of the stack in {@link #function}. */
  private static final int STACK = 12;

  static Stream<Arguments> rules() {
    return Stream.of(
        // name, valid stack, invalid stack, code, severity, line in stack (1-based), text in the suggestion
        Arguments.of("misspelt variable read", "var $total { value = 0 }\nvar $x { value = $total }", "var $total { value = 0 }\nvar $x { value = $totl }",
            "unknown-variable", Severity.WARNING, 2, "`$total`"),
        Arguments.of("variable changed but never set", "var $n { value = 0 }\nmath.add $n { value = 1 }", "var $count { value = 0 }\nmath.add $n { value = 1 }",
            "unknown-variable", Severity.WARNING, 2, "var $n"),
        Arguments.of("var.update of a misspelt variable", "var $items { value = [] }\nvar.update $items { value = [1] }",
            "var $items { value = [] }\nvar.update $itemz { value = [1] }", "unknown-variable", Severity.WARNING, 2, "`$items`"),
        Arguments.of("read before set", "var $a { value = 1 }\nvar $b { value = $a }", "var $b { value = $a }\nvar $a { value = 1 }",
            "unset-variable", Severity.WARNING, 1, "var $a"),
        Arguments.of("changed before set", "var $a { value = 1 }\nmath.add $a { value = 1 }", "math.add $a { value = 1 }\nvar $a { value = 1 }",
            "unset-variable", Severity.WARNING, 1, "var $a"),
        Arguments.of("input read as a variable", "var $x { value = $input.email }", "var $x { value = $email }",
            "unknown-variable", Severity.WARNING, 1, "`$input.email`"),
        Arguments.of("input misspelt", "var $x { value = $input.email }", "var $x { value = $input.emial }",
            "unknown-input", Severity.WARNING, 1, "`$input.email`"),
        Arguments.of("field of an object input", "var $x { value = $input.address.zip }", "var $x { value = $input.address.city }",
            "unknown-input", Severity.WARNING, 1, "schema of `address`"),
        Arguments.of("var.update of an input", "var $copy { value = $input.extra }\nvar.update $copy.a { value = 1 }", "var.update $input.extra.a { value = 1 }",
            "reserved-variable", Severity.ERROR, 1, "var $my_input"),
        Arguments.of("$error outside catch", "try_catch {\n  try {\n    var $x { value = 1 }\n  }\n  catch {\n    var $m { value = $error.message }\n  }\n}",
            "try_catch {\n  try {\n    var $x { value = 1 }\n  }\n  catch {\n    var $m { value = 1 }\n  }\n}\nvar $m2 { value = $error.message }",
            "unknown-variable", Severity.WARNING, 9, "catch"),
        Arguments.of("$result outside reduce", "var $sum { value = [1, 2]|reduce:($result + $$):0 }", "var $sum { value = $result }",
            "unknown-variable", Severity.WARNING, 1, null),
        Arguments.of("loop variable", "foreach ($input.extra) {\n  each as $item {\n    debug.log { value = $item }\n  }\n}",
            "foreach ($input.extra) {\n  each as $item {\n    debug.log { value = $itm }\n  }\n}", "unknown-variable", Severity.WARNING, 3, "`$item`"),
        Arguments.of("set only by a disabled statement", "var $a { value = 1 }\nvar $b { value = $a }", "!var $a { value = 1 }\nvar $b { value = $a }",
            "unknown-variable", Severity.WARNING, 2, "Only a disabled statement sets it (line 12)"),
        Arguments.of("alias of a statement", "db.query \"user\" {\n  return = {type: \"list\"}\n} as $users\nvar $n { value = $users|count }",
            "db.query \"user\" {\n  return = {type: \"list\"}\n} as $users\nvar $n { value = $user|count }", "unknown-variable", Severity.WARNING, 4, "`$users`"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void passesTheValidAndFlagsTheInvalid(String name, String valid, String invalid, String code, Severity severity, int line, String suggestion) {
    assertEquals(List.of(), names(function(valid)), name + ": valid code was flagged");
    List<Diagnostic> found = names(function(invalid));
    assertTrue(found.stream().anyMatch(d -> d.code().equals(code) && d.severity() == severity && d.line() == STACK + line - 1
        && (suggestion == null || d.suggestion() != null && d.suggestion().contains(suggestion))), name + ": " + found);
  }

  @Test
  void engineVariablesNeedNoDeclaration() {
    String stack = """
        var $a { value = $env.API_KEY ~ $auth.id ~ $env.$remote_ip }
        var $b { value = [1, 2]|map:($$ * 2) }
        var $c { value = $var.a }
        array.map ($input.extra) {
          by = $this.id
        } as $ids
        db.query "user" {
          where = $db.user.id == $auth.id
          addon = [{name: "profile", input: {user_id: $output.id}}]
        } as $rows""";
    assertEquals(List.of(), names(function(stack)));
  }

  @Test
  void responseIsSetInTestsAndResponseIsNotReadAfterAReturn() {
    String code = "function \"f\" {\n  input {\n  }\n  stack {\n    conditional {\n      if (true) {\n        return { value = 1 }\n      }\n"
        + "      else {\n        return { value = 2 }\n      }\n    }\n  }\n  response = $output\n"
        + "  test \"one\" {\n    expect.to_equal ($response) {\n      value = 1\n    }\n  }\n}\n";
    assertEquals(List.of(), names(code));
    assertEquals(List.of("unknown-variable"), codes(names(code.replace("else {\n        return { value = 2 }\n      }", "else {\n        var $x { value = 2 }\n      }"))));
  }

  @Test
  void triggersHaveTheirPredefinedInput() {
    String trigger = "table_trigger \"t\" {\n  table = \"user\"\n  input {\n  }\n  stack {\n    var $x { value = $input.new.id ~ $input.action }\n  }\n}\n";
    assertEquals(List.of(), names(trigger));
    assertEquals(List.of("unknown-input"), codes(names(trigger.replace("$input.action", "$input.actions"))));
  }

  @Test
  void pathParametersOfAQueryAreInputs() {
    String query = "query \"users/{user_id}\" verb=GET {\n  input {\n  }\n  stack {\n    var $x { value = $input.user_id }\n  }\n  response = $x\n}\n";
    assertEquals(List.of(), names(query));
  }

  @Test
  void snippetsAndCodeWithSyntaxErrorsGetNoNameCheck() {
    assertEquals(List.of(), names(Checker.get().check("var $x { value = $undeclared }").diagnostics()));
    List<Diagnostic> broken = Checker.get().checkFile(function("var $x { value = $undeclared\nvar $y { value = ( }")).diagnostics();
    assertTrue(broken.stream().anyMatch(d -> d.severity() == Severity.ERROR), broken.toString());
    assertEquals(List.of(), names(broken));
  }

  // ---- names other files define

  private static final String LIBRARY = """
      function "orders/total" {
        input {
          int customer_id
          bool paid_only?=true
          text? note
        }
        stack {
        }
        response = 0
      }
      """;
  private static final String TABLE = "table \"order\" {\n  schema {\n    int id\n    int customer_id\n    decimal amount\n  }\n}\n";
  private static final String ADDON = "addon \"order_count\" {\n  input {\n    int customer_id?\n  }\n  stack {\n  }\n}\n";
  private static final String MIDDLEWARE = "middleware \"audit\" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n";

  static Definitions workspace(boolean complete) {
    return Definitions.builder().add(LIBRARY).add(TABLE).add(ADDON).add(MIDDLEWARE).add("query \"x\" verb=GET {\n}\n").build(complete);
  }

  static String caller(String stack) {
    return "query \"orders\" verb=GET {\n  input {\n  }\n  stack {\n" + stack + "\n  }\n  response = null\n"
        + "  middleware = {pre: [{name: \"audit\"}]}\n}\n";
  }

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("function", "function.run \"orders/total\" {\n  input = {customer_id: 1}\n} as $t",
            "function.run \"orders/totl\" {\n  input = {customer_id: 1}\n} as $t", "unknown-function", Severity.ERROR, "`orders/total`"),
        Arguments.of("input a function does not take", "function.run \"orders/total\" {\n  input = {customer_id: 1, paid_only: false}\n} as $t",
            "function.run \"orders/total\" {\n  input = {customer_id: 1, paid: false}\n} as $t", "unknown-argument", Severity.WARNING, "`paid_only`"),
        Arguments.of("required input not passed", "function.run \"orders/total\" {\n  input = {customer_id: 1}\n} as $t",
            "function.run \"orders/total\" {\n  input = {note: \"x\"}\n} as $t", "missing-argument", Severity.WARNING, "customer_id"),
        Arguments.of("table", "db.query \"order\" {\n  return = {type: \"list\"}\n} as $rows",
            "db.query \"orders\" {\n  return = {type: \"list\"}\n} as $rows", "unknown-table", Severity.ERROR, "`order`"),
        Arguments.of("column in a where", "db.query \"order\" {\n  where = $db.order.amount > 0\n} as $rows",
            "db.query \"order\" {\n  where = $db.order.amout > 0\n} as $rows", "unknown-column", Severity.WARNING, "`amount`"),
        Arguments.of("column of field_name", "db.get \"order\" {\n  field_name = \"customer_id\"\n  field_value = 1\n} as $row",
            "db.get \"order\" {\n  field_name = \"customer\"\n  field_value = 1\n} as $row", "unknown-column", Severity.WARNING, "`customer_id`"),
        Arguments.of("column in data", "db.add \"order\" {\n  data = {customer_id: 1, amount: 2}\n} as $row",
            "db.add \"order\" {\n  data = {customer_id: 1, total: 2}\n} as $row", "unknown-column", Severity.WARNING, "amount"),
        Arguments.of("addon", "db.query \"order\" {\n  addon = [{name: \"order_count\", input: {customer_id: $output.customer_id}}]\n} as $rows",
            "db.query \"order\" {\n  addon = [{name: \"order_cnt\", input: {customer_id: $output.customer_id}}]\n} as $rows", "unknown-addon", Severity.ERROR,
            "`order_count`"),
        Arguments.of("middleware", "var $x { value = 1 }", "var $x { value = 1 }", "unknown-middleware", Severity.ERROR, "`audit`"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void checksNamesOtherFilesDefine(String name, String valid, String invalid, String code, Severity severity, String suggestion) {
    assertEquals(List.of(), names(check(caller(valid), workspace(true))), name + ": valid code was flagged");
    String wrong = name.equals("middleware") ? caller(invalid).replace("{name: \"audit\"}", "{name: \"audits\"}") : caller(invalid);
    List<Diagnostic> found = names(check(wrong, workspace(true)));
    assertTrue(found.stream().anyMatch(d -> d.code().equals(code) && d.severity() == severity && d.suggestion() != null && d.suggestion().contains(suggestion)),
        name + ": " + found);
    if (severity == Severity.ERROR) {
      assertEquals(List.of(), names(check(wrong, workspace(false))), name + ": a name missing from a partial folder was reported");
    }
  }

  @Test
  void statementsInABlockOutOfPlaceStillSetTheirVariables() {
    List<Diagnostic> found = Checker.get().checkFile(function("if (true) {\n  var $r { value = 0 }\n}\nvar $s { value = $r }")).diagnostics();
    assertEquals(List.of("if-outside-conditional"), codes(found));
  }

  @Test
  void theAliasOfAnUnknownStatementCountsInItsBody() {
    List<Diagnostic> found = Checker.get().checkFile(function("iterate $input.extra as $x {\n  debug.log { value = $x }\n}")).diagnostics();
    assertEquals(List.of("unknown-statement"), codes(found));
  }

  @Test
  void aFunctionWhoseBodyIsLeftOutTakesAnyInput() {
    String document = "run.job \"j\" {\n  main = {name: \"g\", input: {a: 1}}\n}\nfunction \"g\" {\n  ...\n}\n";
    assertEquals(List.of(), names(Checker.get().check(document).diagnostics()));
  }

  @Test
  void aDisabledStatementAndAnEmptyNameAreNotLookedUp() {
    String disabled = "!db.query \"\" {\n  where = $db.nowhere.id == $undeclared\n} as $rows\n!function.run \"missing\" {\n  input = {a: $nothing}\n}";
    assertEquals(List.of(), names(check(caller(disabled), workspace(true))));
    assertEquals(List.of(), names(check(caller("db.query \"\" {\n  return = {type: \"list\"}\n} as $rows"), workspace(true))));
  }

  @Test
  void aKindTheWorkspaceDefinesNoneOfIsNotReportedMissing() {
    Definitions noTables = Definitions.builder().add(LIBRARY).add(MIDDLEWARE).build(true);
    assertEquals(List.of(), names(check(caller("db.query \"order\" {\n  return = {type: \"list\"}\n} as $rows"), noTables)));
    assertEquals(List.of("unknown-function"), codes(names(check(caller("function.run \"other\" as $x"), noTables))));
  }

  @Test
  void aRunJobNamesTheFunctionItRuns() {
    String job = "run.job \"nightly\" {\n  main = {name: \"orders/total\", input: {customer_id: 1, paid: true}}\n}\n";
    List<Diagnostic> found = names(check(job, workspace(false)));
    assertEquals(List.of("unknown-argument"), codes(found));
    assertEquals(List.of(), names(check(job.replace("orders/total", "elsewhere"), workspace(false))));
  }

  @Test
  void aDocumentsOwnFunctionsCount() {
    String document = LIBRARY + "run.job \"nightly\" {\n  main = {name: \"orders/total\", input: {}}\n}\n";
    assertEquals(List.of("missing-argument"), codes(names(Checker.get().check(document).diagnostics())));
  }

  @Test
  void aNameDefinedTwiceIsNotCheckedForInputs() {
    Definitions twice = Definitions.builder().add(LIBRARY).add(LIBRARY.replace("int customer_id", "int id")).add(MIDDLEWARE).build(true);
    assertEquals(List.of(), names(check(caller("function.run \"orders/total\" {\n  input = {anything: 1}\n} as $t"), twice)));
  }

  @Test
  void onlyTheHeadOfADefinitionIsParsedAndItsBracesSkipStringsAndComments() {
    String code = "// a { comment\nfunction \"a{b\" {\n  description = \"}\"\n  input {\n    text x { description = \"{{\" }\n  }\n"
        + "  stack {\n    var $s { value = \"\"\"\n}\n\"\"\" }\n  }\n}\n";
    assertEquals("// a { comment\nfunction \"a{b\" {\ninput {\n    text x { description = \"{{\" }\n  }\n}\n", Definitions.head(code, "input"));
    assertEquals(Set.of("x"), Definitions.builder().add(code).build(false).find("function", "a{b").fields().keySet());
    assertEquals("table \"t\" {\n}\n", Definitions.head("table \"t\" {\n  index = []\n}\n", "schema"));
    assertEquals(null, Definitions.head("function \"f\" {\n  input {\n", "input"));
  }

  @Test
  void onlyFilesThatDefineSomethingAreParsed() {
    assertTrue(Definitions.mayDefine("// a comment\n\nfunction \"f\" {"));
    assertTrue(Definitions.mayDefine("\uFEFFtable user {"));
    assertFalse(Definitions.mayDefine("query \"x\" verb=GET {"));
    assertFalse(Definitions.mayDefine("functional"));
  }

  @Test
  void aHostileNameCostsNoSuggestionSearch() {
    String longName = "$" + "x".repeat(400_000);
    List<Diagnostic> found = names(function("var $x { value = " + longName + " }"));
    assertEquals(List.of("unknown-variable"), codes(found));
    assertTrue(found.get(0).message().length() + found.get(0).suggestion().length() < 300, found.toString());
    assertFalse(found.get(0).suggestion().contains("Did you mean"), found.toString());
  }

  private static List<Diagnostic> check(String code, Definitions definitions) {
    return Checker.get().checkFile(code, definitions).diagnostics();
  }

  private static List<Diagnostic> names(String code) {
    return names(Checker.get().checkFile(code).diagnostics());
  }

  private static List<Diagnostic> names(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(d -> NAME_CODES.contains(d.code())).toList();
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }
}
