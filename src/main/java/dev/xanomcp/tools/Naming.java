package dev.xanomcp.tools;

import java.util.function.UnaryOperator;

/**
 * How a caller names arguments in messages: {@code 'detail_level'} for a tool call over MCP,
 * {@code --detail-level} (or {@code <topic>} for the positional one) on the command line.
 */
public record Naming(UnaryOperator<String> of) {
  /** Argument names as an MCP client sends them. */
  public static final Naming MCP = new Naming(name -> "'" + name + "'");

  /** Option names of the command line whose words after the command fill {@code positional}. */
  public static Naming commandLine(String positional) {
    return new Naming(name -> name.equals(positional) ? "<" + name + ">" : "--" + kebab(name));
  }

  /** {@code detail_level} as an option: {@code detail-level}. */
  public static String kebab(String name) {
    return name.replace('_', '-');
  }

  public String name(String argument) {
    return of.apply(argument);
  }
}
