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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateTest {
  static final Tool TOOL = Validate.tool();
  static final String VALID = "function \"add\" {\n  input {\n    int a\n  }\n  stack {\n    var $twice {\n      value = $input.a * 2\n    }\n  }\n  response = $twice\n}\n";
  static final String INVALID = "function \"add\" {\n  input {\n    boolean a\n  }\n  stack {\n  }\n  response = $input.a|lower\n}\n";

  @TempDir Path dir;

  /** A call's answer, or its mistake as an answer whose {@code data} is null. */
  static Answer call(Map<String, Object> arguments) {
    try {
      return TOOL.call(arguments, Naming.MCP, Context.MCP);
    } catch (ToolInputException e) {
      return Answer.text(e.getMessage());
    }
  }

  static String text(Answer answer) {
    return answer.markdown();
  }

  static Map<String, Object> structured(Answer answer) {
    return answer.data();
  }

  static boolean isError(Answer answer) {
    return answer.data() == null;
  }

  @Test
  void validCodeIsANormalAnswer() {
    Answer result = call(Map.of("code", VALID));
    assertFalse(isError(result));
    assertEquals("Valid: no problems found.\n", text(result));
    assertEquals(true, structured(result).get("valid"));
  }

  @Test
  void invalidCodeIsANormalAnswerWithLineColumnCodeAndSuggestion() {
    Answer result = call(Map.of("code", INVALID));
    assertFalse(isError(result), "invalid code is not a tool error");
    String text = text(result);
    assertTrue(text.startsWith("Invalid: 2 errors, 0 warnings.\n"), text);
    assertTrue(text.contains("1. 3:5 error `unknown-type`: Unknown type `boolean`. → Use `bool`."), text);
    assertTrue(text.contains("7:23 error `unknown-filter`"), text);
    assertTrue(text.contains("`to_lower`"), text);
    assertEquals(false, structured(result).get("valid"));
  }

  @Test
  void filePathsComeAsAnArrayOneStringOrAJsonArrayInAString() throws IOException {
    Path good = Files.writeString(dir.resolve("good.xs"), VALID);
    Path bad = Files.writeString(dir.resolve("bad.xs"), INVALID);
    String both = "[\"" + good + "\", \"" + bad + "\"]";
    for (Object paths : List.of(List.of(good.toString(), bad.toString()), both)) {
      Answer result = call(Map.of("file_paths", paths));
      assertFalse(isError(result), text(result));
      assertTrue(text(result).startsWith("1 of 2 files have errors.\n"), text(result));
      assertTrue(text(result).contains("`" + bad + "`: 2 errors, 0 warnings"), text(result));
    }
    Answer one = call(Map.of("file_paths", good.toString()));
    assertEquals("Valid: no problems found.\nChecked `" + good + "`.\n", text(one));
  }

  @Test
  void aFolderIsSearchedAndTheUpstreamNamesWork() throws IOException {
    Files.createDirectories(dir.resolve("api/users"));
    Files.writeString(dir.resolve("api/users/get.xs"), VALID);
    Files.writeString(dir.resolve("api/users/notes.txt"), "not code");
    Files.writeString(dir.resolve("top.xs"), INVALID);
    Answer folder = call(Map.of("file_paths", List.of(dir.toString())));
    assertTrue(text(folder).startsWith("1 of 2 files have errors."), text(folder));
    Answer pattern = call(Map.of("directory", dir.toString(), "pattern", "api/**/*.xs"));
    assertTrue(text(pattern).startsWith("Valid: no problems found.\nChecked `" + dir.resolve("api/users/get.xs") + "`."), text(pattern));
    Answer single = call(Map.of("file_path", dir.resolve("top.xs").toString()));
    assertTrue(text(single).startsWith("Invalid: 2 errors"), text(single));
  }

  @Test
  void aLeadingTildeIsTheHomeFolderAndRelativePathsAreReadFromTheServersFolder() {
    assertEquals(Path.of(System.getProperty("user.home"), "x.xs"), Validate.resolve("~/x.xs", ToolInputException::new));
    assertEquals(Path.of("").toAbsolutePath().resolve("api/x.xs"), Validate.resolve("api/x.xs", ToolInputException::new));
  }

  @Test
  void whatCannotBeCheckedIsAToolErrorThatShowsACorrectCall() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path other = Files.writeString(dir.resolve("notes.md"), "# notes");
    Path large = Files.write(dir.resolve("large.xs"), new byte[(int) Validate.MAX_FILE_BYTES + 1]);
    Map<Map<String, Object>, String> mistakes = Map.of(
        Map.of(), "Nothing to check.",
        Map.of("code", VALID, "file_paths", List.of("a.xs")), "Pass either 'code' or file paths, not both.",
        Map.of("file_paths", List.of(empty.toString())), "No .xs file in " + empty + ".",
        Map.of("file_paths", List.of(dir.resolve("missing.xs").toString())), "No file or folder at " + dir.resolve("missing.xs") + ".",
        Map.of("file_paths", List.of(other.toString())), other + " is not a .xs file.",
        Map.of("file_paths", List.of(large.toString())), large + " is larger than 1 MiB.",
        Map.of("pattern", "*.xs"), "'pattern' goes with 'directory'.");
    mistakes.forEach((arguments, message) -> {
      Answer result = call(arguments);
      assertTrue(isError(result), arguments.toString());
      assertTrue(text(result).startsWith(message), text(result));
      assertTrue(text(result).contains("{\"file_paths\": [\"api/users/get.xs\"]}"), text(result));
    });
  }

  @Test
  void aDocumentMayHoldSeveralConstructsButAFileNot() throws IOException {
    String two = VALID + "\n" + VALID.replace("\"add\"", "\"add_again\"");
    Answer code = call(Map.of("code", two));
    assertEquals(true, structured(code).get("valid"), text(code));
    assertTrue(text(code).contains("warning `second-construct`"), text(code));
    Path file = Files.writeString(dir.resolve("two.xs"), two, StandardCharsets.UTF_8);
    Answer read = call(Map.of("file_paths", List.of(file.toString())));
    assertEquals(false, structured(read).get("valid"), text(read));
  }

  @Test
  void argumentsOfTheWrongShapeAreMistakesNamingTheArgument() {
    assertEquals("'file_paths' looks like a JSON array but is not an array of strings.", text(call(Map.of("file_paths", "[\"a.xs\""))));
    assertEquals("'code' has 1,048,577 characters; the limit is 1,048,576.", text(call(Map.of("code", "x".repeat(Validate.CODE_CAP + 1)))));
  }

  @Test
  void theDescriptionSaysWhatItChecksAndStaysShort() {
    assertTrue(TOOL.description().getBytes(StandardCharsets.UTF_8).length < 600);
    assertTrue(TOOL.description().contains("not types or runtime behaviour"));
  }

  @Test
  void theAnswerIsTheSameOnTheCommandLineStyle() {
    Map<String, Object> arguments = Map.of("code", VALID);
    assertEquals(TOOL.call(arguments, Naming.MCP, Context.MCP).markdown(),
        TOOL.call(arguments, Naming.commandLine(null), new Context(call -> "x", Context.MCP.roots())).markdown());
  }
}
