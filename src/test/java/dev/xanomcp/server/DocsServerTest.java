package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.StderrCapture;
import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocsServerTest {
  static final List<DocTool> TOOLS = Tools.all(Library.load());
  /** The SDK's own validator, which the server does not ship (DocsServer.TRUSTED_SCHEMAS). */
  static final JsonSchemaValidator VALIDATOR = McpJsonDefaults.getSchemaValidator();

  static Stream<DocTool> tools() {
    return TOOLS.stream();
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  private static DocTool fake(java.util.function.Function<Arguments, Answer> answer) {
    DocTool version = new VersionTool();
    return new DocTool() {
      @Override public String name() { return "t"; }
      @Override public String title() { return "T"; }
      @Override public String description() { return "Test."; }
      @Override public String instruction() { return null; }
      @Override public Map<String, Object> inputSchema() { return version.inputSchema(); }
      @Override public Map<String, Object> outputSchema() { return version.outputSchema(); }
      @Override public Command command() { return null; }
      @Override public List<Map<String, Object>> examples() { return List.of(); }
      @Override public Answer answer(Arguments arguments, Call.Style calls) { return answer.apply(arguments); }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void schemasAreValidJsonSchemas(DocTool tool) {
    JsonSchemaValidator.ValidationResponse input = VALIDATOR.validateSchema(tool.inputSchema());
    assertTrue(input.valid(), tool.name() + " input: " + input.errorMessage());
    JsonSchemaValidator.ValidationResponse output = VALIDATOR.validateSchema(tool.outputSchema());
    assertTrue(output.valid(), tool.name() + " output: " + output.errorMessage());
  }

  /** Every example call answers, and its structuredContent conforms to the output schema. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void everyExampleAnswersWithConformingStructuredContent(DocTool tool) {
    assertFalse(tool.examples().isEmpty(), tool.name());
    List<String> accepted = List.copyOf(Schemas.properties(tool.inputSchema()).keySet());
    for (Map<String, Object> example : tool.examples()) {
      CallToolResult result = DocsServer.call(tool, accepted, example);
      assertFalse(result.isError(), tool.name() + " " + example + ": " + text(result));
      @SuppressWarnings("unchecked")
      Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
      assertEquals(text(result), structured.get(Answer.MARKDOWN), tool.name() + " " + example);
      JsonSchemaValidator.ValidationResponse valid = VALIDATOR.validate(tool.outputSchema(), structured);
      assertTrue(valid.valid(), tool.name() + " " + example + ": " + valid.errorMessage());
    }
  }

  @Test
  void toolNamesAreUnique() {
    assertEquals(TOOLS.size(), TOOLS.stream().map(DocTool::name).distinct().count());
  }

  @Test
  void instructionsNameEveryToolThatHasOneAndFitTheLimitOfClients() {
    String instructions = DocsServer.instructions(TOOLS);
    for (DocTool tool : TOOLS) {
      if (tool.instruction() != null) {
        assertTrue(instructions.contains(tool.instruction()), tool.name());
        assertTrue(tool.instruction().contains(tool.name()), tool.name());
      }
    }
    assertTrue(instructions.getBytes(StandardCharsets.UTF_8).length < 2048);
  }

  @Test
  void anAnswerIsTextAndStructuredContent() {
    CallToolResult result = DocsServer.call(fake(args -> Answer.of("# Answer\n", "version", "1")), List.of(), Map.of());
    assertFalse(result.isError());
    assertEquals("# Answer\n", text(result));
    assertEquals(Map.of("markdown", "# Answer\n", "version", "1"), result.structuredContent());
  }

  @Test
  void anInputMistakeIsAToolErrorWithItsMessage() {
    CallToolResult result = DocsServer.call(fake(args -> {
      throw new ToolInputException("Unknown topic 'x'.");
    }), List.of(), Map.of());
    assertTrue(result.isError());
    assertEquals("Unknown topic 'x'.", text(result));
  }

  @Test
  void aBugIsReportedWithoutAStackTrace() {
    String logged = StderrCapture.during(() -> {
      CallToolResult result = DocsServer.call(fake(args -> {
        throw new IllegalStateException("cannot read topics/run/x.json");
      }), List.of(), Map.of());
      assertTrue(result.isError());
      assertEquals("Internal error in t: cannot read topics/run/x.json. Please report it; other calls still work.", text(result));
    });
    assertTrue(logged.contains("t failed"), logged);
    assertTrue(logged.contains("IllegalStateException: cannot read topics/run/x.json"), logged);
  }
}
