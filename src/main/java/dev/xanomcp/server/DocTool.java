package dev.xanomcp.server;

import dev.xanomcp.render.Call;
import java.util.List;
import java.util.Map;

/**
 * One tool of the server. Everything that names a tool reads it from here: the MCP wiring, the
 * server instructions, the command line (its options come from {@link #inputSchema}), the
 * start-up training run ({@link #examples}) and the tests.
 *
 * <p>The result contract: {@link #answer} returns the Markdown the model reads plus the tool's own
 * fields; clients get the Markdown as text content and, in {@code structuredContent}, the same
 * Markdown (field {@code markdown}) with those fields, conforming to {@link #outputSchema}. A
 * mistake the caller can fix is a {@link ToolInputException}, sent as an {@code isError} result.
 */
public interface DocTool {
  String name();

  String title();

  /** When to call the tool; clients cut descriptions at 2 KB, so the critical facts come first. */
  String description();

  /** One sentence for the server instructions, or null when the tool needs none. */
  String instruction();

  /** A strict object schema (see {@link Schemas#object}): its properties are the arguments. */
  Map<String, Object> inputSchema();

  /** The schema of {@code structuredContent}: {@link Schemas#output} with the tool's fields. */
  Map<String, Object> outputSchema();

  /** The command line that calls the tool, or null if it has none. */
  Command command();

  /** Typical calls: the start-up cache is trained on them and the tests run them all. */
  List<Map<String, Object>> examples();

  /**
   * Does ahead, off the start-up path, the work the first call would otherwise wait for (reading
   * tables, building an index). Called once, on a background thread, after the client has listed
   * the tools; a call that comes meanwhile waits for it rather than doing it twice.
   */
  default void prepare() {}

  /**
   * Answers a call; {@code calls} writes the follow-up calls an answer suggests, in the form its
   * reader uses (MCP tool calls, or command lines).
   */
  Answer answer(Arguments arguments, Call.Style calls);

  /**
   * The command line of a tool: its words ({@code "docs run"}), the argument that the words after
   * them fill ({@code "topic"}, or null if none) and the values that argument takes, for help
   * (empty if any). Options come from the input schema.
   */
  record Command(String words, String positional, List<String> values) {
    public Command {
      values = List.copyOf(values);
    }
  }
}
