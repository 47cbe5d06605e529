package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.Tools;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the model receives of every example answer, in the three ways clients deliver a tool
 * result: the text content only; {@code JSON.stringify(structuredContent)} when there is some,
 * else the text (Claude Code, VS Code, Cursor); both (some IDE plugins). A documentation answer
 * must reach the model as its Markdown, never as an escaped JSON string, and cost at most 5 %
 * more than it; a data answer must carry every hit or diagnostic in each way, its JSON costing at
 * most 1.5 times its Markdown (a one-line answer, such as "Valid", may cost 100 bytes more: the
 * names of its fields outweigh its words).
 */
class ModelViewTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<Tool> TOOLS = Tools.all(Library.load());

  /** The ways clients deliver a result to the model. */
  enum Client {
    TEXT_ONLY,
    STRUCTURED_WHEN_PRESENT,
    BOTH;

    String receives(CallToolResult result) {
      String text = result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text()).collect(Collectors.joining("\n"));
      String structured = result.structuredContent() == null ? null : json(result.structuredContent());
      return switch (this) {
        case TEXT_ONLY -> text;
        case STRUCTURED_WHEN_PRESENT -> structured != null ? structured : text;
        case BOTH -> structured == null ? text : text + "\n" + structured;
      };
    }
  }

  static String json(Object value) {
    return JSON.valueToTree(value).toString();
  }

  static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  static Stream<Arguments> examples() {
    return TOOLS.stream().flatMap(tool -> tool.examples().stream().map(example -> Arguments.of(tool.name(), example)));
  }

  static CallToolResult call(String name, Map<String, Object> example) {
    CallToolResult result = DocsServer.call(Tools.named(TOOLS, name), McpTransportContext.EMPTY, example);
    assertFalse(result.isError(), name + " " + example);
    return result;
  }

  static String markdown(CallToolResult result) {
    List<Content> content = result.content();
    return ((TextContent) content.get(0)).text();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void everyClientGivesTheModelTheAnswerOnceAndReadable(String name, Map<String, Object> example) {
    CallToolResult result = call(name, example);
    String markdown = markdown(result);
    Tool tool = Tools.named(TOOLS, name);
    for (Client client : Client.values()) {
      String received = client.receives(result);
      if (tool.output() == null) {
        assertTrue(received.startsWith(markdown), client + ": the model gets the Markdown itself");
        assertTrue(bytes(received) <= 1.05 * bytes(markdown), client + ": " + bytes(received) + " bytes for " + bytes(markdown) + " of Markdown");
      } else {
        everyItemReaches(received, result.structuredContent(), client);
      }
    }
    if (tool.output() != null) {
      String structured = json(result.structuredContent());
      assertTrue(bytes(structured) <= Math.max(1.5 * bytes(markdown), bytes(markdown) + 100), name + ": " + bytes(structured) + " bytes of JSON for " + bytes(markdown) + " of Markdown");
    }
  }

  /** Each hit's call and each diagnostic's message is in what the model receives. */
  static void everyItemReaches(String received, Object data, Client client) {
    JsonNode tree = JSON.valueToTree(data);
    for (JsonNode hit : tree.path("hits")) {
      String section = hit.at("/call/arguments/section").asText();
      assertTrue(received.contains(section), client + " misses the hit " + section);
    }
    for (JsonNode file : tree.path("files")) {
      for (JsonNode diagnostic : file.path("diagnostics")) {
        String message = diagnostic.path("message").asText();
        String seen = client == Client.STRUCTURED_WHEN_PRESENT ? JSON.valueToTree(message).toString() : message;
        assertTrue(received.contains(seen.replaceAll("^\"|\"$", "")), client + " misses " + message);
      }
    }
    assertEquals(true, tree.isObject());
  }
}
