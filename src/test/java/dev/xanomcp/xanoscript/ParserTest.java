package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Member.Field;
import dev.xanomcp.xanoscript.Member.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static List<Member> parse(String code, Report report, Parser.BodyKind kind) {
    return new Parser(code, report).parseTopLevel(kind);
  }

  @Test
  void readsStatementsWithArgumentsBodiesAndAliases() {
    Report report = new Report();
    List<Member> members = parse("db.query \"user\" {\n  where = $db.user.id == 1\n} as $users\n", report, Parser.BodyKind.MEMBERS);
    Block query = assertInstanceOf(Block.class, members.get(0));
    assertEquals("db.query", query.name());
    assertEquals("$users", query.alias().text());
    Property where = assertInstanceOf(Property.class, query.body().members().get(0));
    assertEquals(2, where.start().line());
    assertEquals(3, where.start().column());
    assertInstanceOf(Expr.Binary.class, where.value());
    assertEquals(List.of(), report.sorted());
  }

  @Test
  void readsFieldDeclarations() {
    Report report = new Report();
    List<Member> members = parse("int page?=1 filters=min:1 {\n  description = \"p\"\n}\ntext[] tags\ndblink {\n  table = \"user\"\n}\n", report,
        Parser.BodyKind.FIELDS);
    Field page = assertInstanceOf(Field.class, members.get(0));
    assertEquals("int", page.type());
    assertEquals("page", page.name().text());
    assertEquals("min:1", page.filters().text());
    Field tags = assertInstanceOf(Field.class, members.get(1));
    assertEquals(1, tags.arrayDepth());
    Field link = assertInstanceOf(Field.class, members.get(2));
    assertNull(link.name());
    assertEquals(List.of(), report.sorted());
  }

  @Test
  void filtersBindToTheirValueAndTakeWholeExpressionsAsArguments() {
    Report report = new Report();
    List<Member> members = parse("value = $items|filter:$$.age > 18|count\n", report, Parser.BodyKind.MEMBERS);
    Property value = assertInstanceOf(Property.class, members.get(0));
    Expr.Filtered filtered = assertInstanceOf(Expr.Filtered.class, value.value());
    assertEquals("filter", filtered.filters().get(0).name().text());
    assertEquals(List.of(), report.sorted());
  }

  @Test
  void recoversAtTheEndOfTheLineAndReportsEveryError() {
    Report report = new Report();
    parse("var $a { value = 1 }\neach as $x, $i\nvar $b { value = [1 2] }\nvar $c { value = 3 }\n", report, Parser.BodyKind.MEMBERS);
    List<Diagnostic> found = report.sorted();
    assertEquals(2, found.size(), found.toString());
    assertEquals(2, found.get(0).line());
    assertEquals(3, found.get(1).line());
  }

  @Test
  void reportsTheBlockWhoseBraceIsMissing() {
    Report report = new Report();
    parse("stack {\n  foreach ($x) {\n    each as $i {\n      var $a {\n        value = 1\n    }\n  }\n}\n", report, Parser.BodyKind.MEMBERS);
    Diagnostic d = report.sorted().get(0);
    assertEquals("unclosed-block", d.code());
    assertEquals(4, d.line());
  }
}
