package dev.xanomcp.server;

/** A mistake in a tool call that the model can fix; its message says how. */
public final class ToolInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolInputException(String message) {
    super(message, null, false, false);
  }
}
