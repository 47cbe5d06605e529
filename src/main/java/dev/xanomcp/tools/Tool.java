package dev.xanomcp.tools;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One tool, declared as a value. The MCP wiring, the server instructions, the command line, the
 * start-up training run and the tests all read these values; nothing else describes a tool.
 *
 * @param description when to call the tool; clients cut descriptions at 2 KB, so the critical facts come first
 * @param instruction one sentence for the server instructions, or null
 * @param output the JSON schema of the data a data tool returns as {@code structuredContent};
 *     null for a documentation tool, which answers Markdown text only
 * @param cli the command line that calls the tool, or null
 * @param examples typical calls: the start-up cache is trained on them and the tests run them all
 * @param prepare work the first call would otherwise wait for (reading tables, building an index),
 *     done once on a background thread after the client has listed the tools
 */
public record Tool(String name, String title, String description, String instruction, List<Param> params,
    Map<String, Object> output, Cli cli, List<Map<String, Object>> examples, Runnable prepare, Handler handler) {

  /** Answers a call whose arguments have been checked against the tool's params. */
  @FunctionalInterface
  public interface Handler {
    Answer answer(Args args, Context context);
  }

  /**
   * The command line of a tool: its words ({@code "docs run"}), the param that the words after them
   * fill (null if none) and the values it takes, shown in help (empty if any).
   */
  public record Cli(String words, String positional, List<String> values) {
    public Cli {
      Objects.requireNonNull(words, "words == null");
      values = List.copyOf(values);
    }
  }

  public Tool {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    params = List.copyOf(params);
    examples = List.copyOf(examples);
    Objects.requireNonNull(prepare, "prepare == null");
    Objects.requireNonNull(handler, "handler == null");
  }

  /** Checks {@code arguments} (null for none) and answers; mistakes are {@link ToolInputException}s. */
  public Answer call(Map<String, Object> arguments, Naming naming, Context context) {
    return handler.answer(Args.check(params, arguments, naming), context);
  }

  /** The param called {@code name}. */
  public Param param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
  }
}
