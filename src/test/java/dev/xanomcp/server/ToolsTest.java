package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolsTest {
  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void anAnswerIsAPlainResult() {
    CallToolResult result = Tools.call("t", List.of(), Map.of(), args -> "# Answer\n");
    assertFalse(result.isError());
    assertEquals("# Answer\n", text(result));
  }

  @Test
  void anInputMistakeIsAToolErrorWithItsMessage() {
    CallToolResult result = Tools.call("t", List.of(), Map.of(), args -> {
      throw new ToolInputException("Unknown topic 'x'.");
    });
    assertTrue(result.isError());
    assertEquals("Unknown topic 'x'.", text(result));
  }

  @Test
  void aBugIsReportedWithoutAStackTrace() {
    CallToolResult result = Tools.call("t", List.of(), Map.of(), args -> {
      throw new IllegalStateException("cannot read topics/run/x.json");
    });
    assertTrue(result.isError());
    assertEquals("Internal error in t: cannot read topics/run/x.json. Please report it; other calls still work.", text(result));
    assertFalse(text(result).contains("at dev.xanomcp"));
  }
}
