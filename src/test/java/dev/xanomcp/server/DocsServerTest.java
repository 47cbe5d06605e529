package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.StderrCapture;
import dev.xanomcp.docs.Library;
import dev.xanomcp.tools.Answer;
import dev.xanomcp.tools.Schemas;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.ToolInputException;
import dev.xanomcp.tools.Tools;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tools as the SDK sees them: their schemas, and their answers as call results. */
class DocsServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<Tool> TOOLS = Tools.all(Library.load());
  /** The SDK's own validator, which the server does not ship (DocsServer.TRUSTED_SCHEMAS). */
  static final JsonSchemaValidator VALIDATOR = McpJsonDefaults.getSchemaValidator();

  static Stream<Tool> tools() {
    return TOOLS.stream();
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  private static CallToolResult call(Tool tool, Map<String, Object> arguments) {
    return DocsServer.call(tool, McpTransportContext.EMPTY, arguments);
  }

  private static Tool fake(Tool.Handler handler) {
    return new Tool("t", "T", "Test.", null, List.of(), null, null, List.of(), () -> {}, handler);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void schemasAreValidJsonSchemas(Tool tool) {
    JsonSchemaValidator.ValidationResponse input = VALIDATOR.validateSchema(Schemas.input(tool.params()));
    assertTrue(input.valid(), tool.name() + " input: " + input.errorMessage());
    if (tool.output() != null) {
      JsonSchemaValidator.ValidationResponse output = VALIDATOR.validateSchema(tool.output());
      assertTrue(output.valid(), tool.name() + " output: " + output.errorMessage());
    }
  }

  /**
   * Every example answers: a documentation tool with its Markdown alone, a data tool with its
   * Markdown and data that conforms to its output schema and holds no copy of the Markdown.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void everyExampleAnswersInTheToolsContract(Tool tool) {
    assertFalse(tool.examples().isEmpty(), tool.name());
    for (Map<String, Object> example : tool.examples()) {
      CallToolResult result = call(tool, example);
      assertFalse(result.isError(), tool.name() + " " + example + ": " + text(result));
      if (tool.output() == null) {
        assertNull(result.structuredContent(), tool.name() + " " + example);
      } else {
        JsonSchemaValidator.ValidationResponse valid = VALIDATOR.validate(tool.output(), result.structuredContent());
        assertTrue(valid.valid(), tool.name() + " " + example + ": " + valid.errorMessage());
        assertFalse(JSON.valueToTree(result.structuredContent()).toString().contains(JSON.valueToTree(text(result)).toString()), tool.name());
      }
    }
  }

  @Test
  void toolNamesAreUnique() {
    assertEquals(TOOLS.size(), TOOLS.stream().map(Tool::name).distinct().count());
  }

  @Test
  void instructionsNameEveryToolThatHasOneAndFitTheLimitOfClients() {
    String instructions = Tools.instructions(TOOLS);
    for (Tool tool : TOOLS) {
      if (tool.instruction() != null) {
        assertTrue(instructions.contains(tool.instruction()), tool.name());
        assertTrue(tool.instruction().contains(tool.name()), tool.name());
      }
    }
    assertTrue(instructions.getBytes(StandardCharsets.UTF_8).length < 2048);
  }

  @Test
  void aDocumentationAnswerIsTextAndLinksOnly() {
    CallToolResult result = call(fake((args, context) -> Answer.text("# Answer\n").withLinks(List.of("xanoscript://docs/syntax"))), Map.of());
    assertFalse(result.isError());
    assertEquals("# Answer\n", text(result));
    assertNull(result.structuredContent());
    assertEquals("xanoscript://docs/syntax", ((McpSchema.ResourceLink) result.content().get(1)).uri());
  }

  @Test
  void aDataAnswerIsItsMarkdownAndItsData() {
    CallToolResult result = call(fake((args, context) -> Answer.data("Version 1\n", Map.of("version", "1"))), Map.of());
    assertEquals("Version 1\n", text(result));
    assertEquals(Map.of("version", "1"), result.structuredContent());
  }

  @Test
  void anInputMistakeIsAToolErrorWithItsMessage() {
    CallToolResult result = call(fake((args, context) -> {
      throw new ToolInputException("Unknown topic 'x'.");
    }), Map.of());
    assertTrue(result.isError());
    assertEquals("Unknown topic 'x'.", text(result));
    assertEquals("This tool takes no arguments; remove 'y'.", text(call(fake((args, context) -> Answer.text("")), Map.of("y", 1))));
  }

  @Test
  void aBugIsReportedWithoutItsInternals() {
    String logged = StderrCapture.during(() -> {
      CallToolResult result = call(fake((args, context) -> {
        throw new IllegalStateException("cannot read topics/run/x.json");
      }), Map.of());
      assertTrue(result.isError());
      assertEquals("Internal error in t. Please report it; other calls still work.", text(result));
    });
    assertTrue(logged.contains("t failed"), logged);
    assertTrue(logged.contains("IllegalStateException: cannot read topics/run/x.json"), logged);
  }
}
