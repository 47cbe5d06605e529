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

  private ScriptRenderer() {}

  /** The list of topics with their size and what each covers. */
  public static String index(ScriptCatalog catalog, Call.Style calls) {
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, "XanoScript documentation");
    md.block("Read a topic (a name below, or an alias): " + calls.write(Call.of(catalog.tool(), "topic", "database"))
        + ". Editing a file? Every topic for it, most important first: " + calls.write(Call.of(catalog.tool(), "file_path", "api/users/get.xs"))
        + ". Add mode \"quick_reference\" for the short form.");
    for (ScriptTopic topic : catalog.topics()) {
      md.line("- `" + topic.name() + "` (" + size(catalog.body(topic)) + "): " + topic.description());
    }
    return md.toString();
  }

  public static String topic(ScriptCatalog catalog, ScriptTopic topic, Mode mode, Call.Style calls) {
    if (mode == Mode.FULL) {
      return new MarkdownWriter().block(catalog.body(topic)).toString();
    }
    return quickReference(catalog, topic, calls).toString();
  }

  private static MarkdownWriter quickReference(ScriptCatalog catalog, ScriptTopic topic, Call.Style calls) {
    String section = catalog.quickReference(topic);
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, topic.title() + ": quick reference");
    md.block(section.substring(section.indexOf('\n') + 1));
    md.block("Whole topic (" + size(catalog.body(topic)) + "): " + calls.write(Call.of(catalog.tool(), "topic", topic.name())) + ".");
    return md;
  }

  /** The answer for a file: its Markdown, the topics it shows and those it left out. */
  public record FileAnswer(String markdown, List<ScriptTopic> shown, List<ScriptTopic> leftOut) {
    public FileAnswer {
      shown = List.copyOf(shown);
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * Every topic for the file at {@code filePath}, most important first, cut where the answer
   * would pass {@link #MAX_ANSWER_BYTES}; the answer then names what it left out.
   */
  public static FileAnswer forFile(ScriptCatalog catalog, String filePath, Mode mode, Call.Style calls) {
    List<ScriptTopic> topics = catalog.forFile(filePath);
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, "XanoScript for `" + filePath.replace("`", "'") + "`");
    String names = topics.stream().map(t -> "`" + t.name() + "`").collect(Collectors.joining(", "));
    if (topics.size() == 1) {
      md.block("No topic applies to this path in particular; here is " + names + ", the foundation of all XanoScript. The list of topics: " + calls.write(Call.of(catalog.tool())) + ".");
    } else {
      md.block("Topics for this file, most important first: " + names + ".");
    }
    int used = bytes(md.toString()) + 400;
    List<ScriptTopic> shown = new ArrayList<>();
    List<ScriptTopic> left = new ArrayList<>();
    for (ScriptTopic topic : topics) {
      String part = mode == Mode.FULL ? catalog.body(topic) : quickReference(catalog, topic, calls).toString();
      int size = bytes(part) + 2;
      if (left.isEmpty() && used + size <= MAX_ANSWER_BYTES) {
        md.block(part);
        shown.add(topic);
        used += size;
      } else {
        left.add(topic);
      }
    }
    if (!left.isEmpty()) {
      String skipped = left.stream().map(t -> "`" + t.name() + "` (" + size(catalog.body(t)) + ")").collect(Collectors.joining(", "));
      String shorter = mode == Mode.FULL
          ? "; all of them in short form: " + calls.write(Call.of(catalog.tool(), "file_path", filePath, "mode", "quick_reference"))
          : "";
      md.block("Left out to keep this answer under " + MAX_ANSWER_BYTES / 1024 + " KB: " + skipped + ". Read one: "
          + calls.write(Call.of(catalog.tool(), "topic", left.get(0).name())) + shorter + ".");
    }
    return new FileAnswer(md.toString(), shown, left);
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String size(String text) {
    return String.format(Locale.ROOT, "%.1f KB", bytes(text) / 1024.0);
  }
}
