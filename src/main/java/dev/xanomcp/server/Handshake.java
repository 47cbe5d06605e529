package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.Map;

/**
 * The answers to {@code initialize} and {@code tools/list} as plain JSON trees, written out here
 * rather than by Jackson's introspection of the SDK's records, which the first start of every
 * session would pay for (see {@link LocalAnswers}). {@code ServerHandshakeTest} checks that they
 * are exactly what the SDK answers.
 */
final class Handshake {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<String> versions;
  private final String instructions;
  private final JsonNode tools;

  /**
   * @param versions the protocol versions the server speaks, oldest first, as the SDK lists them
   * @param tools the tools as registered with the SDK
   */
  Handshake(List<String> versions, String instructions, List<Tool> tools) {
    this.versions = List.copyOf(versions);
    this.instructions = instructions;
    ArrayNode list = NODES.arrayNode();
    for (Tool tool : tools) {
      ObjectNode node = list.addObject();
      node.put("name", tool.name());
      node.put("title", tool.title());
      node.put("description", tool.description());
      node.set("inputSchema", tree(tool.inputSchema()));
      node.set("outputSchema", tree(tool.outputSchema()));
      ToolAnnotations hints = tool.annotations();
      node.putObject("annotations").put("readOnlyHint", hints.readOnlyHint()).put("destructiveHint", hints.destructiveHint())
          .put("idempotentHint", hints.idempotentHint()).put("openWorldHint", hints.openWorldHint());
    }
    this.tools = NODES.objectNode().set("tools", list);
  }

  /** The initialize result: the client's protocol version if spoken here, else the newest. */
  JsonNode initialize(Object params) {
    Object asked = params instanceof Map<?, ?> map ? map.get("protocolVersion") : null;
    String version = versions.contains(asked) ? (String) asked : versions.get(versions.size() - 1);
    ObjectNode result = NODES.objectNode().put("protocolVersion", version);
    ObjectNode capabilities = result.putObject("capabilities");
    capabilities.putObject("completions");
    capabilities.putObject("logging");
    capabilities.putObject("prompts").put("listChanged", false);
    capabilities.putObject("resources").put("subscribe", false).put("listChanged", false);
    capabilities.putObject("tools").put("listChanged", false);
    result.putObject("serverInfo").put("name", Version.NAME).put("version", Version.VALUE);
    result.put("instructions", instructions);
    return result;
  }

  JsonNode tools() {
    return tools;
  }

  /** A schema map (strings, numbers, booleans, lists and maps) as a tree. */
  static JsonNode tree(Object value) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((key, item) -> node.set(String.valueOf(key), tree(item)));
      return node;
    }
    if (value instanceof List<?> list) {
      ArrayNode node = NODES.arrayNode();
      list.forEach(item -> node.add(tree(item)));
      return node;
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Integer number) {
      return NODES.numberNode(number);
    }
    return value == null ? NODES.nullNode() : NODES.textNode(String.valueOf(value));
  }
}
