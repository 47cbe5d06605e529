package dev.xanomcp.render;

/**
 * Builds Markdown from blocks and owns the blank lines between them: exactly one between blocks,
 * none at the start, one newline at the end. Consecutive {@link #line} calls form one block (a list).
 */
final class MarkdownWriter {
  private final StringBuilder out = new StringBuilder();
  private boolean inLines;

  MarkdownWriter heading(int level, String text) {
    return block("#".repeat(level) + " " + text);
  }

  /** A paragraph or any finished piece of Markdown; blank text adds nothing. */
  MarkdownWriter block(String text) {
    inLines = false;
    if (text == null || text.isBlank()) {
      return this;
    }
    separate();
    out.append(text.strip());
    return this;
  }

  /** One line of the current group of lines, such as a list item. */
  MarkdownWriter line(String text) {
    if (inLines) {
      out.append('\n');
    } else {
      separate();
      inLines = true;
    }
    out.append(stripEnd(text));
    return this;
  }

  /** A fenced code block; the fence grows if the code itself holds a fence. */
  MarkdownWriter code(String language, String code) {
    String fence = code.contains("```") ? "````" : "```";
    return block(fence + language + "\n" + stripEnd(code) + "\n" + fence);
  }

  private void separate() {
    if (out.length() > 0) {
      out.append("\n\n");
    }
  }

  private static String stripEnd(String text) {
    return text.stripTrailing();
  }

  @Override
  public String toString() {
    return out.length() == 0 ? "" : out + "\n";
  }
}
