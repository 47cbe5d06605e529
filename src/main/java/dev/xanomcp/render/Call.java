package dev.xanomcp.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A call of a tool with its arguments: what an answer tells its reader to do next ("the rest of
 * this topic: ..."). How it is written depends on the reader, see {@link Style}.
 */
public record Call(String tool, Map<String, Object> arguments) {
  /**
   * The arguments of the documentation tools that answers name in the calls they suggest: the
   * tools declare their params with these names, so a rename here is a rename everywhere.
   */
  public static final String TOPIC = "topic";
  public static final String SECTION = "section";
  public static final String DETAIL = "detail_level";
  public static final String MODE = "mode";
  public static final String FILE_PATH = "file_path";
  public static final String MAX_TOKENS = "max_tokens";

  public Call {
    Objects.requireNonNull(tool, "tool == null");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** A call with arguments given as name, value, name, value...: in that order. */
  public static Call of(String tool, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values do not pair up");
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Call(tool, arguments);
  }

  /** How calls are written: as MCP tool calls for assistants, as command lines for people. */
  public interface Style {
    String write(Call call);
  }

  /** {@code `xanoscript_docs` {"topic": "tasks"}}: the tool and the exact JSON arguments. */
  public static final Style MCP = call -> "`" + call.tool() + "` `" + json(call.arguments()) + "`";

  /** A word as a POSIX shell reads it: quoted when it holds anything but plain characters. */
  public static String shell(String word) {
    return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** The arguments as one line of JSON; the values are strings, numbers and booleans. */
  static String json(Map<String, Object> arguments) {
    return arguments.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + (e.getValue() instanceof String s ? quote(s) : String.valueOf(e.getValue())))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
