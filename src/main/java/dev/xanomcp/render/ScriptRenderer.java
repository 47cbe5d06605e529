package dev.xanomcp.render;

import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders XanoScript documentation: the topic index, one topic, or the topics for a file. */
public final class ScriptRenderer {
  /**
   * The largest answer we give. Clients refuse tool answers over 25,000 tokens by default; Markdown
   * full of code runs at about 3 to 4 bytes a token, so 64 KiB stays clear of that limit.
   */
  public static final int MAX_ANSWER_BYTES = 64 * 1024;

  static final String TOOL = "xanoscript_docs";

  private ScriptRenderer() {}

  /** The list of topics with their size and what each covers. */
  public static String index(ScriptCatalog catalog) {
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, "XanoScript documentation");
    md.block("Read a topic with `" + TOOL + "` and `topic` (a name below, or an alias). Editing a file? Pass its path as `file_path` to get every topic that applies to it, most important first. Add `mode: \"quick_reference\"` for the short form.");
    for (ScriptTopic topic : catalog.topics()) {
      md.line("- `" + topic.name() + "` (" + size(catalog.body(topic)) + "): " + topic.description());
    }
    return md.toString();
  }

  public static String topic(ScriptCatalog catalog, ScriptTopic topic, Mode mode) {
    if (mode == Mode.FULL) {
      return new MarkdownWriter().block(catalog.body(topic)).toString();
    }
    return quickReference(catalog, topic).toString();
  }

  private static MarkdownWriter quickReference(ScriptCatalog catalog, ScriptTopic topic) {
    String section = catalog.quickReference(topic);
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, topic.title() + ": quick reference");
    md.block(section.substring(section.indexOf('\n') + 1));
    md.block("Whole topic (" + size(catalog.body(topic)) + "): `" + TOOL + "` with topic \"" + topic.name() + "\".");
    return md;
  }

  /**
   * Every topic for the file at {@code filePath}, most important first, cut where the answer
   * would pass {@link #MAX_ANSWER_BYTES}; the answer then names what it left out.
   */
  public static String forFile(ScriptCatalog catalog, String filePath, Mode mode) {
    List<ScriptTopic> topics = catalog.forFile(filePath);
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, "XanoScript for `" + filePath.replace("`", "'") + "`");
    String names = topics.stream().map(t -> "`" + t.name() + "`").collect(Collectors.joining(", "));
    if (topics.size() == 1) {
      md.block("No topic applies to this path in particular; here is " + names + ", the foundation of all XanoScript. Call `" + TOOL + "` without arguments for the list of topics.");
    } else {
      md.block("Topics for this file, most important first: " + names + ".");
    }
    int used = bytes(md.toString()) + 400;
    List<ScriptTopic> left = new ArrayList<>();
    for (ScriptTopic topic : topics) {
      String part = mode == Mode.FULL ? catalog.body(topic) : quickReference(catalog, topic).toString();
      int size = bytes(part) + 2;
      if (left.isEmpty() && used + size <= MAX_ANSWER_BYTES) {
        md.block(part);
        used += size;
      } else {
        left.add(topic);
      }
    }
    if (!left.isEmpty()) {
      String skipped = left.stream().map(t -> "`" + t.name() + "` (" + size(catalog.body(t)) + ")").collect(Collectors.joining(", "));
      String shorter = mode == Mode.FULL ? ", or repeat this call with mode \"quick_reference\" for all of them in short form" : "";
      md.block("Left out to keep this answer under " + MAX_ANSWER_BYTES / 1024 + " KB: " + skipped + ". Read one with `" + TOOL + "` and topic \"<name>\"" + shorter + ".");
    }
    return md.toString();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String size(String text) {
    return String.format(Locale.ROOT, "%.1f KB", bytes(text) / 1024.0);
  }
}
