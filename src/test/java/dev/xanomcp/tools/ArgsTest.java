package dev.xanomcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgsTest {
  static final List<Param> PARAMS = List.of(
      Param.choice("topic", null, List.of("start", "session", "mcp_server")).mandatory(),
      Param.choice("detail_level", null, List.of("summary", "full")).byDefault("full"),
      Param.flag("include_schemas", null).byDefault(true),
      Param.integer("limit", null).range(1, 20).byDefault(5),
      Param.text("query", null, 10),
      Param.texts("file_paths", null, 40, 3));

  static Args check(Map<String, Object> values) {
    return Args.check(PARAMS, values, Naming.MCP);
  }

  static String mistake(Map<String, Object> values) {
    return assertThrows(ToolInputException.class, () -> check(values)).getMessage();
  }

  static String mistakeOnTheCommandLine(Map<String, Object> values) {
    return assertThrows(ToolInputException.class, () -> Args.check(PARAMS, values, Naming.commandLine("topic"))).getMessage();
  }

  @Test
  void readsTheValuesAndFillsInTheDefaults() {
    Args args = check(Map.of("topic", "session", "limit", 7));
    assertEquals(Optional.of("session"), args.text("topic"));
    assertEquals(Optional.of("full"), args.text("detail_level"));
    assertEquals(Optional.of(true), args.flag("include_schemas"));
    assertEquals(Optional.of(7), args.integer("limit"));
    assertEquals(Optional.empty(), args.text("query"));
    assertEquals(List.of(), args.texts("file_paths"));
  }

  @Test
  void nullIsAbsent() {
    Map<String, Object> values = new HashMap<>();
    values.put("topic", "start");
    values.put("query", null);
    assertEquals(Optional.empty(), check(values).text("query"));
  }

  @Test
  void aChoiceIsMatchedIgnoringCaseAndSeparatorsAndGivenAsDeclared() {
    assertEquals(Optional.of("mcp_server"), check(Map.of("topic", "MCP-Server")).text("topic"));
  }

  @Test
  void clientsThatSendTextForNumbersAndBooleansAreUnderstood() {
    Args args = check(Map.of("topic", "start", "limit", "3", "include_schemas", "false"));
    assertEquals(Optional.of(3), args.integer("limit"));
    assertEquals(Optional.of(false), args.flag("include_schemas"));
    assertEquals(Optional.of(4), check(Map.of("topic", "start", "limit", 4.0)).integer("limit"));
  }

  @Test
  void aListComesAsAnArrayOneStringOrAJsonArrayInAString() {
    assertEquals(List.of("a.xs", "b.xs"), check(Map.of("topic", "start", "file_paths", List.of("a.xs", "b.xs"))).texts("file_paths"));
    assertEquals(List.of("a.xs"), check(Map.of("topic", "start", "file_paths", " a.xs ")).texts("file_paths"));
    assertEquals(List.of("a.xs", "b.xs"), check(Map.of("topic", "start", "file_paths", "[\"a.xs\", \"b.xs\"]")).texts("file_paths"));
  }

  @Test
  void mistakesSayWhatWasWrongAndWhatWorks() {
    assertEquals("Missing 'topic'. Use one of: start, session, mcp_server.", mistake(Map.of()));
    assertEquals("Unknown topic 'sesion'. Did you mean 'session'? Use one of: start, session, mcp_server.", mistake(Map.of("topic", "sesion")));
    assertEquals("'topic' must be a string, got an array.", mistake(Map.of("topic", List.of())));
    assertEquals("'include_schemas' must be true or false, got the number 1.", mistake(Map.of("topic", "start", "include_schemas", 1)));
    assertEquals("'limit' must be a whole number, got the string \"many\".", mistake(Map.of("topic", "start", "limit", "many")));
    assertEquals("'limit' must be between 1 and 20, got 50.", mistake(Map.of("topic", "start", "limit", 50)));
    assertEquals("'limit' must be a whole number, got the number 1.0E12.", mistake(Map.of("topic", "start", "limit", 1e12)));
    assertEquals("Unknown argument 'topics'. This tool takes: topic, detail_level, include_schemas, limit, query, file_paths.",
        mistake(Map.of("topics", "start")));
    assertEquals("This tool takes no arguments; remove 'x'.",
        assertThrows(ToolInputException.class, () -> Args.check(List.of(), Map.of("x", 1), Naming.MCP)).getMessage());
  }

  @Test
  void onTheCommandLineMistakesNameTheOptions() {
    assertEquals("--limit must be between 1 and 20, got 50.", mistakeOnTheCommandLine(Map.of("topic", "start", "limit", "50")));
    assertEquals("Missing <topic>. Use one of: start, session, mcp_server.", mistakeOnTheCommandLine(Map.of()));
    assertEquals("--detail-level must be a string, got the number 1.", mistakeOnTheCommandLine(Map.of("topic", "start", "detail_level", 1)));
  }

  @Test
  void sizesAreCheckedBeforeAnyWorkAndNeverEchoed() {
    String huge = "x".repeat(1_000_000);
    assertEquals("'query' has 1,000,000 characters; the limit is 10.", mistake(Map.of("topic", "start", "query", huge)));
    assertEquals("'topic' has 1,000,000 characters; the limit is 200.", mistake(Map.of("topic", huge)));
    assertEquals("'file_paths' has 4 items; the limit is 3.", mistake(Map.of("topic", "start", "file_paths", List.of("a", "b", "c", "d"))));
    assertEquals("'file_paths' has 41 characters; the limit is 40.", mistake(Map.of("topic", "start", "file_paths", List.of("x".repeat(41)))));
    String echoed = mistake(Map.of("topic", "start", "limit", "9".repeat(100_000)));
    assertEquals(true, echoed.length() < 200, echoed);
  }
}
