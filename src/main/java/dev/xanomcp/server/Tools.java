package dev.xanomcp.server;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every tool of this server shares: read-only annotations, strict schemas, error handling. */
final class Tools {
  private static final Logger LOG = LoggerFactory.getLogger(Tools.class);

  /** All tools only read bundled documentation. */
  private static final ToolAnnotations READ_ONLY = new ToolAnnotations(null, true, false, true, false, null);

  private Tools() {}

  /**
   * A tool whose answer is Markdown. The answer function reads the call's arguments; a {@link
   * ToolInputException} becomes an {@code isError} result the model can act on, anything else is
   * logged to stderr and reported without internals.
   */
  static SyncToolSpecification tool(
      String name,
      String title,
      String description,
      Map<String, Object> inputSchema,
      Function<Arguments, String> answer) {
    Tool tool =
        Tool.builder()
            .name(name)
            .title(title)
            .description(description)
            .inputSchema(inputSchema)
            .annotations(READ_ONLY)
            .build();
    List<String> accepted = List.copyOf(properties(inputSchema).keySet());
    return new SyncToolSpecification(tool, (exchange, request) -> call(name, accepted, request.arguments(), answer));
  }

  static CallToolResult call(String name, List<String> accepted, Map<String, Object> arguments, Function<Arguments, String> answer) {
    try {
      return CallToolResult.builder().addTextContent(answer.apply(new Arguments(arguments, accepted))).isError(false).build();
    } catch (ToolInputException e) {
      return error(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} failed", name, e);
      return error("Internal error in " + name + ": " + e.getMessage() + ". Please report it; other calls still work.");
    }
  }

  private static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  /** A strict object schema: only the listed properties, every one typed. */
  static Map<String, Object> objectSchema(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A typed property; the description may be null where the name says it all. */
  static Map<String, Object> property(String type, String description) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("type", type);
    if (description != null) {
      property.put("description", description);
    }
    return property;
  }

  static Map<String, Object> property(String type, String description, List<String> allowed) {
    Map<String, Object> property = property(type, description);
    property.put("enum", allowed);
    return property;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> schema) {
    return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
  }
}
