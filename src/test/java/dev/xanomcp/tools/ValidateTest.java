package dev.xanomcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's side of validation: the forms its arguments come in, the client's roots, and what a
 * call that checks nothing answers. What is found in the files is tested in {@code validation}.
 */
class ValidateTest {
  static final Tool TOOL = Validate.tool();
  static final String VALID = "function \"add\" {\n  input {\n    int a\n  }\n  stack {\n    var $twice {\n      value = $input.a * 2\n    }\n  }\n  response = $twice\n}\n";
  static final String INVALID = "function \"add\" {\n  input {\n    boolean a\n  }\n  stack {\n  }\n  response = $input.a|lower\n}\n";

  @TempDir Path dir;

  static Answer call(Map<String, Object> arguments) {
    return call(arguments, Context.MCP);
  }

  /** A call's answer, or its mistake as an answer without data. */
  static Answer call(Map<String, Object> arguments, Context context) {
    try {
      return TOOL.call(arguments, Naming.MCP, context);
    } catch (ToolInputException e) {
      return Answer.text(e.getMessage());
    }
  }

  static Context within(Path... roots) {
    return new Context(Context.MCP.calls(), () -> Optional.of(List.of(roots)));
  }

  @Test
  void validCodeIsANormalAnswer() {
    Answer answer = call(Map.of("code", VALID));
    assertTrue(answer.markdown().startsWith("Valid: no problems found"), answer.markdown());
    assertEquals(true, answer.data().get("valid"));
  }

  @Test
  void invalidCodeIsANormalAnswerWithLineColumnCodeAndSuggestion() {
    Answer answer = call(Map.of("code", INVALID));
    assertTrue(answer.markdown().startsWith("Invalid: 2 errors"), answer.markdown());
    assertTrue(answer.markdown().contains("3:5 error `unknown-type`: Unknown type `boolean`. → Use `bool`."), answer.markdown());
    assertEquals(false, answer.data().get("valid"));
  }

  @Test
  void filePathsComeAsAnArrayOneStringOrAJsonArrayInAString() throws IOException {
    Path good = Files.writeString(dir.resolve("good.xs"), VALID);
    Path bad = Files.writeString(dir.resolve("bad.xs"), INVALID);
    for (Object paths : List.of(List.of(good.toString(), bad.toString()), "[\"" + good + "\", \"" + bad + "\"]")) {
      Answer answer = call(Map.of("file_paths", paths));
      assertTrue(answer.markdown().startsWith("1 of 2 files has errors"), answer.markdown());
    }
    assertEquals(true, call(Map.of("file_paths", good.toString())).data().get("valid"));
    assertEquals(false, call(Map.of("file_path", bad.toString())).data().get("valid"));
    assertEquals(true, call(Map.of("directory", dir.toString(), "pattern", "good*")).data().get("valid"));
  }

  @Test
  void withRootsRelativePathsAreFoundInThemAndNothingOutsideIsRead() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(project.resolve("api/users"));
    Files.writeString(project.resolve("api/users/get.xs"), VALID);
    Path outside = Files.writeString(dir.resolve("outside.xs"), INVALID);
    Answer inside = call(Map.of("file_paths", List.of("api/users/get.xs")), within(project));
    assertEquals(true, inside.data().get("valid"), inside.markdown());
    Answer refused = call(Map.of("file_paths", List.of(outside.toString())), within(project));
    assertTrue(refused.markdown().contains("outside the workspace roots the client gave"), refused.markdown());
    Answer none = call(Map.of("file_paths", List.of(outside.toString())), within());
    assertFalse(none.markdown().contains("unknown-type"), "an empty list of roots reads nothing: " + none.markdown());
  }

  @Test
  void withoutRootsAMissingRelativePathAsksForAnAbsoluteOne() {
    Answer answer = call(Map.of("file_paths", List.of("no/such/file.xs")));
    assertTrue(answer.markdown().contains("absolute"), answer.markdown());
  }

  @Test
  void whatCannotBeCheckedIsAToolErrorThatShowsACorrectCall() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (Map<String, Object> arguments : List.<Map<String, Object>>of(
        Map.of(),
        Map.of("code", " "),
        Map.of("code", VALID, "file_paths", List.of("a.xs")),
        Map.of("pattern", "*.xs"),
        Map.of("directory", empty.toString(), "file_path", "a.xs"),
        Map.of("file_paths", List.of(empty.toString())),
        Map.of("directory", dir.toString(), "pattern", "[a-"))) {
      Answer answer = call(arguments);
      assertEquals(null, answer.data(), arguments + ": " + answer.markdown());
      assertTrue(answer.markdown().contains("{\"file_paths\": [\"api/users/get.xs\"]}"), answer.markdown());
    }
  }

  @Test
  void argumentsOfTheWrongShapeAreMistakesNamingTheArgument() {
    assertEquals("'file_paths' looks like a JSON array but is not an array of strings.", call(Map.of("file_paths", "[\"a.xs\"")).markdown());
    assertEquals("'code' has 262,145 characters; the limit is 262,144.", call(Map.of("code", "x".repeat(Validate.CODE_CAP + 1))).markdown());
  }

  @Test
  void theDescriptionSaysWhatItChecksAndStaysShort() {
    assertTrue(TOOL.description().getBytes(StandardCharsets.UTF_8).length < 600);
    assertTrue(TOOL.description().contains("not runtime behaviour"));
  }

  @Test
  void theAnswerIsTheSameOnTheCommandLineStyle() {
    Map<String, Object> arguments = Map.of("code", VALID);
    assertEquals(TOOL.call(arguments, Naming.MCP, Context.MCP).markdown(),
        TOOL.call(arguments, Naming.commandLine(null), new Context(call -> "x", Context.MCP.roots())).markdown());
  }
}
