package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.tools.Schemas;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.Tools;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.ListPromptsResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * The answers to the lists, in our order, as JSON trees made once. The tools' list is made at
 * start-up from the tool values themselves, since every client asks for it first; the others when
 * first asked, from the SDK's records.
 */
final class Lists {
  /** What every tool is: it only reads the bundled docs (or the files it is given), and changes nothing. */
  static final JsonNode ANNOTATIONS = new ObjectMapper().createObjectNode()
      .put("readOnlyHint", true).put("destructiveHint", false).put("idempotentHint", true).put("openWorldHint", false);

  private final String instructions;
  private final JsonNode tools;
  private final Supplier<JsonNode> resources;
  private final Supplier<JsonNode> templates;
  private final Supplier<JsonNode> prompts;

  Lists(ObjectMapper json, List<Tool> tools, DocResources resources, List<SyncPromptSpecification> prompts) {
    this.instructions = Tools.instructions(tools);
    this.tools = tools(json, tools);
    this.resources = once(() -> json.valueToTree(resources.list()));
    this.templates = once(() -> json.valueToTree(resources.templateList()));
    this.prompts = once(() -> json.valueToTree(ListPromptsResult.builder(prompts.stream().map(SyncPromptSpecification::prompt).toList()).build()));
  }

  /** The {@code tools/list} result: what every conversation pays for, byte by byte. */
  static JsonNode tools(ObjectMapper json, List<Tool> tools) {
    ObjectNode result = json.createObjectNode();
    ArrayNode list = result.putArray("tools");
    for (Tool tool : tools) {
      ObjectNode node = list.addObject().put("name", tool.name()).put("title", tool.title()).put("description", tool.description());
      node.set("inputSchema", json.valueToTree(Schemas.input(tool.params())));
      if (tool.output() != null) {
        node.set("outputSchema", json.valueToTree(tool.output()));
      }
      node.set("annotations", ANNOTATIONS);
    }
    return result;
  }

  String instructions() {
    return instructions;
  }

  JsonNode tools() {
    return tools;
  }

  JsonNode resources() {
    return resources.get();
  }

  JsonNode templates() {
    return templates.get();
  }

  JsonNode prompts() {
    return prompts.get();
  }

  /** {@code make}'s value, made on first use and kept. */
  private static Supplier<JsonNode> once(Supplier<JsonNode> make) {
    return new Supplier<>() {
      private JsonNode value;

      @Override
      public synchronized JsonNode get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }
}
