package dev.xanomcp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.files.Access;
import dev.xanomcp.xanoscript.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
  @TempDir
  Path dir;

  static final String FUNCTION = "function \"orders/total\" {\n  input {\n    int customer_id\n  }\n  stack {\n  }\n  response = 0\n}\n";
  static final String TABLE = "table \"order\" {\n  schema {\n    int id\n    int customer_id\n    decimal amount\n  }\n"
      + "  index = [{type: \"primary\", field: [{name: \"id\"}]}]\n}\n";
  static final String ADDON = "addon \"order_count\" {\n  input {\n    int customer_id?\n  }\n  stack {\n    db.query \"order\" {\n"
      + "      where = $db.order.customer_id == $input.customer_id\n      return = {type: \"count\"}\n    }\n  }\n}\n";
  static final String QUERY = """
      query "orders" verb=GET {
        input {
          int customer_id
        }
        stack {
          function.run "orders/total" {
            input = {customer_id: $input.customer_id}
          } as $total
          db.query "order" {
            where = $db.order.amount > 0
            addon = [{name: "order_count", input: {customer_id: $output.customer_id}, as: "count"}]
            return = {type: "list"}
          } as $orders
        }
        response = {total: $total, orders: $orders}
      }
      """;

  /** A workspace as a pull writes it: each construct in its folder. */
  private Path workspace(String query) throws Exception {
    Path root = Files.createDirectories(dir.resolve("workspace"));
    write(root.resolve("function/orders_total.xs"), FUNCTION);
    write(root.resolve("table/order.xs"), TABLE);
    write(root.resolve("addon/order_count.xs"), ADDON);
    write(root.resolve("api/orders/list_get.xs"), query);
    return root;
  }

  static Path write(Path path, String text) throws Exception {
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  @Test
  void aWorkspaceWithoutWrongReferencesIsValidWithoutAnyDiagnostic() throws Exception {
    Outcome outcome = Validator.files(List.of(workspace(QUERY).toString()), null, Access.local(dir));
    assertEquals(4, outcome.results().size());
    assertEquals(List.of(), outcome.results().stream().flatMap(r -> r.diagnostics().stream()).toList());
    assertEquals(List.of(), outcome.notes());
    assertTrue(outcome.valid());
  }

  @Test
  void theBenchmarksGeneratedWorkspaceIsValidWithoutAnyDiagnostic() throws Exception {
    Path generated = dir.resolve("generated");
    WorkspaceBenchmark.generate(generated, 3);
    Outcome outcome = Validator.files(List.of(generated.toString()), null, Access.local(dir));
    assertEquals(9, outcome.results().size());
    assertEquals(List.of(), outcome.results().stream().flatMap(r -> r.diagnostics().stream()).toList());
    assertEquals(List.of(), outcome.notes());
  }

  @Test
  void aWorkspaceWithPlantedWrongReferencesGetsEachOne() throws Exception {
    String wrong = QUERY.replace("\"orders/total\"", "\"orders/totl\"").replace("db.query \"order\"", "db.query \"orders\"")
        .replace("$db.order.amount", "$db.order.amout").replace("\"order_count\"", "\"order_cnt\"");
    Outcome outcome = Validator.files(List.of(workspace(wrong).toString()), null, Access.local(dir));
    assertFalse(outcome.valid());
    Map<String, String> found = new TreeMap<>();
    for (FileResult result : outcome.results()) {
      for (Diagnostic d : result.diagnostics()) {
        found.put(d.code(), d.severity() + " " + d.suggestion());
      }
    }
    assertEquals(Map.of(
        "unknown-function", "error Did you mean `orders/total`?",
        "unknown-table", "error Did you mean `order`?",
        "unknown-column", "warning Did you mean `amount`?",
        "unknown-addon", "error Did you mean `order_count`?"), found);
  }

  @Test
  void aFolderThatIsNoWorkspaceChecksOnlyTheNamesItDefinesAndSaysSo() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    write(lib.resolve("total.xs"), FUNCTION);
    write(lib.resolve("caller.xs"), QUERY.replace("customer_id: $input.customer_id}\n", "customer: $input.customer_id}\n")
        .replace("db.query \"order\"", "db.query \"orders\""));
    Outcome outcome = Validator.files(List.of(lib.toString()), null, Access.local(dir));
    assertEquals(List.of(Validator.PARTIAL), outcome.notes());
    List<String> codes = outcome.results().stream().flatMap(r -> r.diagnostics().stream()).map(Diagnostic::code).sorted().toList();
    assertEquals(List.of("missing-argument", "unknown-argument"), codes);
  }

  @Test
  void everyReadableFileIsCheckedWhenOthersCannotBeRead() throws Exception {
    Path good = write(dir.resolve("mixed/good.xs"), FUNCTION);
    Path bad = write(dir.resolve("mixed/bad.xs"), FUNCTION.replace("int customer_id", "integer customer_id"));
    Path latin = Files.write(dir.resolve("mixed/latin.xs"), new byte[] {'f', (byte) 0xE9});
    Outcome outcome = Validator.files(List.of(dir.resolve("mixed").toString(), "nowhere.xs"), null, Access.local(dir));
    Map<String, String> byPath = new TreeMap<>();
    for (FileResult result : outcome.results()) {
      byPath.put(result.path(), result.wasChecked() ? result.valid() ? "valid" : "invalid" : "not read");
    }
    assertEquals(Map.of(good.toString(), "valid", bad.toString(), "invalid", latin.toString(), "not read", "nowhere.xs", "not read"), byPath);
    assertFalse(outcome.valid());
    assertFalse(outcome.checkedNothing());
  }

  @Test
  void codeIsCheckedAsAWholeFileWithItsOwnNames() {
    FileResult result = Validator.code("function \"f\" {\n  input {\n  }\n  stack {\n    var $a { value = $b }\n  }\n  response = $a\n}\n");
    assertEquals(null, result.path());
    assertEquals("file", result.checkedAs());
    assertEquals(List.of("unknown-variable"), result.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void moreDiagnosticsThanListedAreCounted() {
    StringBuilder stack = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      stack.append("    var $a").append(i).append(" { value = $missing").append(i).append(" }\n");
    }
    FileResult result = Validator.code("function \"f\" {\n  input {\n  }\n  stack {\n" + stack + "  }\n  response = 1\n}\n");
    assertEquals(20, result.diagnostics().size());
    assertEquals(10, result.more());
  }
}
