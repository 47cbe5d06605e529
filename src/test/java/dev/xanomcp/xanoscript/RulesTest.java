package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the checker with a valid and an invalid piece of code: the invalid one gets the
 * rule's diagnostic with the rule's severity, the valid one neither that diagnostic nor any error.
 * (The checks of syntax, filters and types that came first are in {@link RejectTest}; the nesting
 * limit in {@link NestingLimitTest}.)
 */
class RulesTest {
  /** Statements inside a function, as {@code CaseSetTest} checks them. */
  private static String fn(String statements) {
    return CaseSetTest.inFunction(statements);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("missing-property", Severity.ERROR, "db.get without field_name",
            fn("db.get \"user\" {\n  field_value = $input.id\n} as $user"),
            fn("db.get \"user\" {\n  field_name = \"id\"\n  field_value = $input.id\n} as $user")),
        rule("missing-property", Severity.ERROR, "api.request without method",
            fn("api.request {\n  url = \"https://example.com\"\n} as $r"),
            fn("api.request {\n  url = \"https://example.com\"\n  method = \"GET\"\n} as $r")),
        rule("missing-property", Severity.ERROR, "throw without name",
            fn("throw {\n  value = \"x\"\n}"), fn("throw {\n  name = \"E\"\n  value = \"x\"\n}")),
        rule("missing-property", Severity.WARNING, "a member only the parser asks for",
            fn("stream.from_csv {\n  value = $input.payload\n} as $rows"),
            fn("stream.from_csv {\n  value = $input.payload\n  separator = \",\"\n  enclosure = \"'\"\n  escape_char = \"'\"\n} as $rows")),
        rule("missing-property", Severity.ERROR, "a trigger without what it attaches to",
            "table_trigger \"t\" {\n  input {\n    json new\n  }\n  stack {\n  }\n}\n",
            "table_trigger \"t\" {\n  table = \"order\"\n  input {\n    json new\n  }\n  stack {\n  }\n}\n"),
        rule("missing-property", Severity.ERROR, "an agent whose llm has no type",
            "agent \"a\" {\n  llm = {max_steps: 1, prompt: \"p\"}\n}\n", "agent \"a\" {\n  llm = {type: \"openai\", max_steps: 1, prompt: \"p\"}\n}\n"),
        rule("missing-block", Severity.ERROR, "group without stack",
            fn("group {\n  var $x {\n    value = 1\n  }\n}"), fn("group {\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n}")),
        rule("missing-block", Severity.ERROR, "try_catch without try",
            fn("try_catch {\n  catch {\n  }\n}"), fn("try_catch {\n  try {\n  }\n  catch {\n  }\n}")),
        rule("missing-block", Severity.ERROR, "object field without a block",
            "input {\n  object settings?\n}\n", "input {\n  object settings? {\n    schema {\n      bool dark?\n    }\n  }\n}\n"),
        rule("missing-catch", Severity.WARNING, "try_catch without catch",
            fn("try_catch {\n  try {\n  }\n}"), fn("try_catch {\n  try {\n  }\n  catch {\n  }\n}")),
        rule("missing-verb", Severity.ERROR, "query without verb",
            "query \"a\" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n", "query \"a\" verb=GET {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n"),
        rule("unknown-verb", Severity.ERROR, "query with a lower-case verb",
            "query \"a\" verb=get {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n",
            "query \"a\" verb=DELETE {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n"),
        rule("unexpected-argument", Severity.ERROR, "return without braces",
            fn("return $input.id"), fn("return {\n  value = $input.id\n}")),
        rule("as-after-construct", Severity.ERROR, "as after a construct",
            "function \"f\" {\n  input {\n  }\n  stack {\n  }\n} as $f\n", "function \"f\" {\n  input {\n  }\n  stack {\n  }\n}\n"),
        rule("slash-in-name", Severity.ERROR, "a table name with a slash",
            "table \"a/b\" {\n  schema {\n    int id\n  }\n  index = []\n}\n", "table \"a_b\" {\n  schema {\n    int id\n  }\n  index = []\n}\n"),
        rule("duplicate-block", Severity.ERROR, "a property twice",
            fn("var $x {\n  value = 1\n  value = 2\n}"), fn("var $x {\n  value = 1\n}")),
        rule("unknown-property", Severity.ERROR, "a property the statement does not have",
            fn("api.request {\n  url = \"https://example.com\"\n  method = \"POST\"\n  body = {}\n} as $r"),
            fn("api.request {\n  url = \"https://example.com\"\n  method = \"POST\"\n  params = {}\n} as $r")),
        rule("unknown-property", Severity.ERROR, "an index entry key",
            "table \"t\" {\n  schema {\n    int id\n  }\n  index = [{type: \"btree\", field: [{name: \"id\", direction: \"asc\"}]}]\n}\n",
            "table \"t\" {\n  schema {\n    int id\n  }\n  index = [{type: \"btree\", field: [{name: \"id\", op: \"asc\"}]}]\n}\n"),
        rule("unconfirmed-property", Severity.WARNING, "a property only the docs name",
            fn("db.transaction {\n  isolation = \"serializable\"\n  stack {\n  }\n}"), fn("db.transaction {\n  stack {\n  }\n}")),
        rule("block-as-value", Severity.ERROR, "input written as a value",
            "function \"f\" {\n  input = {}\n  stack {\n  }\n}\n", "function \"f\" {\n  input {\n  }\n  stack {\n  }\n}\n"),
        rule("value-as-block", Severity.ERROR, "response written as a block",
            "response {\n  value = 1\n}\n", "response = 1\n"),
        rule("value-as-block", Severity.ERROR, "the main of run.job written as a block",
            "run.job \"j\" {\n  main {\n    name = \"f\"\n  }\n}\n", "run.job \"j\" {\n  main = {name: \"f\", input: {}}\n}\n"),
        rule("run-job-block", Severity.ERROR, "a description in run.job",
            "run.job \"j\" {\n  description = \"d\"\n  main = {name: \"f\", input: {}}\n}\n", "run.job \"j\" {\n  main = {name: \"f\", input: {}}\n}\n"),
        rule("unknown-value", Severity.ERROR, "access outside its values",
            fn("storage.create_image {\n  value = $input.payload\n  access = \"shared\"\n  filename = \"a.png\"\n} as $img"),
            fn("storage.create_image {\n  value = $input.payload\n  access = \"private\"\n  filename = \"a.png\"\n} as $img")),
        rule("unknown-value", Severity.ERROR, "an index of no kind",
            "table \"t\" {\n  schema {\n    int id\n  }\n  index = [{type: \"hash\", field: [{name: \"id\"}]}]\n}\n",
            "table \"t\" {\n  schema {\n    int id\n  }\n  index = [{type: \"gin\", field: [{name: \"id\"}]}]\n}\n"),
        rule("not-an-object", Severity.ERROR, "data that is not an object",
            fn("db.add \"user\" {\n  data = [1]\n} as $u"), fn("db.add \"user\" {\n  data = {name: $input.name}\n} as $u")),
        rule("not-an-object", Severity.ERROR, "a function.run input that is not an object",
            fn("function.run \"f\" {\n  input = \"x\"\n} as $r"), fn("function.run \"f\" {\n  input = {x: 1}\n} as $r")),
        rule("wrong-value", Severity.ERROR, "disabled that is not true or false",
            fn("var $x {\n  value = 1\n  disabled = \"yes\"\n}"), fn("var $x {\n  value = 1\n  disabled = true\n}")),
        rule("no-result", Severity.ERROR, "as on a statement without a result",
            fn("debug.log {\n  value = 1\n} as $x"), fn("debug.log {\n  value = 1\n}")),
        rule("missing-as", Severity.WARNING, "array.pop without as",
            fn("var $s {\n  value = [1]\n}\narray.pop $s"), fn("var $s {\n  value = [1]\n}\narray.pop $s as $top")),
        rule("empty-condition", Severity.WARNING, "precondition without a condition",
            fn("precondition () {\n  error_type = \"notfound\"\n}"), fn("precondition (true) {\n  error_type = \"notfound\"\n}")),
        rule("missing-as", Severity.WARNING, "each of for without as",
            fn("for (2) {\n  each {\n  }\n}"), fn("for (2) {\n  each as $i {\n  }\n}")),
        rule("missing-as", Severity.ERROR, "each of foreach without as",
            fn("foreach ($input.payload) {\n  each {\n  }\n}"), fn("foreach ($input.payload) {\n  each as $item {\n  }\n}")),
        rule("read-only-variable", Severity.ERROR, "var.update on an input",
            fn("var.update $input.name {\n  value = \"x\"\n}"), fn("var $name {\n  value = $input.name\n}\nvar.update $name {\n  value = \"x\"\n}")),
        rule("missing-variable", Severity.ERROR, "math.add without its variable",
            fn("math.add 5 {\n  value = 1\n}"), fn("var $n {\n  value = 5\n}\nmath.add $n {\n  value = 1\n}")),
        rule("missing-name", Severity.ERROR, "db.add without a table",
            fn("db.add {\n  data = {}\n} as $u"), fn("db.add \"user\" {\n  data = {}\n} as $u")),
        rule("missing-parentheses", Severity.ERROR, "if without parentheses",
            fn("conditional {\n  if $input.id > 1 {\n  }\n}"), fn("conditional {\n  if ($input.id > 1) {\n  }\n}")),
        rule("loop-header", Severity.ERROR, "foreach with as in its parentheses",
            fn("foreach ($input.payload as $item) {\n  each {\n  }\n}"), fn("foreach ($input.payload) {\n  each as $item {\n  }\n}")),
        rule("loop-header", Severity.ERROR, "a C-style for",
            fn("for ($i = 0; $i < 3; $i++) {\n  each {\n  }\n}"), fn("for (3) {\n  each as $i {\n  }\n}")),
        rule("case-after-default", Severity.ERROR, "a case after default",
            fn("switch ($input.id) {\n  default {\n  }\n  case (1) {\n  } break\n}"),
            fn("switch ($input.id) {\n  case (1) {\n  } break\n  default {\n  }\n}")),
        rule("call-syntax", Severity.ERROR, "a statement called like a function",
            "var $n { value = math.random(1, 6) }", "security.random_number {\n  min = 1\n  max = 6\n} as $n"),
        rule("method-call", Severity.ERROR, "a method on a value",
            "var $n { value = $input.items.count() }", "var $n { value = $input.items|count }"),
        rule("unknown-operator", Severity.ERROR, "an operator XanoScript lacks",
            "var $ok { value = $a > 1 and $b > 1 }", "var $ok { value = ($a > 1) && ($b > 1) }"),
        rule("assignment", Severity.ERROR, "an assignment among statements",
            fn("var $n {\n  value = 1\n}\n$n = 2"), fn("var $n {\n  value = 1\n}\nvar.update $n {\n  value = 2\n}")),
        rule("unknown-word", Severity.ERROR, "a word that is no value",
            "var $x { value = None }", "var $x { value = null }"),
        rule("unknown-error-field", Severity.WARNING, "a field the error does not have",
            fn("try_catch {\n  try {\n  }\n  catch {\n    debug.log {\n      value = $error.msg\n    }\n  }\n}"),
            fn("try_catch {\n  try {\n  }\n  catch {\n    debug.log {\n      value = $error.message\n    }\n  }\n}")),
        rule("sort-arguments", Severity.WARNING, "sort with a direction word",
            "var $s { value = $input.items|sort:\"price\":\"desc\" }", "var $s { value = $input.items|sort:\"price\":\"number\":true }"),
        rule("one-line-object", Severity.ERROR, "an object field block on one line",
            "input {\n  object o { description = \"d\" }\n}\n", "input {\n  object o {\n    description = \"d\"\n  }\n}\n"),
        rule("unknown-filter", Severity.ERROR, "an input filter the type does not take",
            "input {\n  email contact filters=trim|min:3\n}\n", "input {\n  email contact filters=trim|lower\n}\n"),
        rule("unknown-filter", Severity.ERROR, "an expression filter on an input",
            "input {\n  text name filters=trim|to_lower\n}\n", "input {\n  text name filters=trim|lower\n}\n"),
        rule("placeholder", Severity.WARNING, "a placeholder in a snippet",
            "var $x { value = {a: 1, ...} }", "var $x { value = {a: 1} }"));
  }

  private static Arguments rule(String code, Severity severity, String name, String invalid, String valid) {
    return Arguments.of(code, severity, name, invalid, valid);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rules")
  void flagsTheInvalidFormAndPassesTheValidOne(String code, Severity severity, String name, String invalid, String valid) {
    List<Diagnostic> found = Checker.get().check(invalid).diagnostics();
    assertTrue(found.stream().anyMatch(d -> d.code().equals(code) && d.severity() == severity), name + ": " + found);
    if (severity == Severity.WARNING) {
      assertTrue(found.stream().noneMatch(d -> d.severity() == Severity.ERROR), name + ": no error expected, got " + found);
    }
    List<Diagnostic> passed = Checker.get().check(valid).diagnostics();
    assertEquals(List.of(), passed.stream().filter(d -> d.severity() == Severity.ERROR || d.code().equals(code)).toList(), name);
  }
}
