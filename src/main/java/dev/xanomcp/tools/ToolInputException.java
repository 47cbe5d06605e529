package dev.xanomcp.tools;

/**
 * A mistake in a tool call that the caller can fix: an unknown topic, a wrong type, a missing
 * argument. Its message says what was wrong and what would work; over MCP it becomes a tool result
 * with {@code isError: true}, on the command line a message and exit status 2.
 */
public final class ToolInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolInputException(String message) {
    super(message, null, false, false);
  }
}
