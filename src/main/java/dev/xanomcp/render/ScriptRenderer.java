package dev.xanomcp.render;

import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders XanoScript documentation: the topic index, one topic or section, or the topics for a file. */
public final class ScriptRenderer {
  /**
   * The budget of a {@code file_path} answer unless the caller gives one: 8,000 tokens, so that
   * the topics for one file take a modest part of an assistant's context.
   */
  public static final int FILE_TOKENS = 8_000;

  private ScriptRenderer() {}

  /** The list of topics with their size and what each covers. */
  public static String index(ScriptCatalog catalog, Call.Style calls) {
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, "XanoScript documentation");
    md.block("Read a topic (a name below, or an alias): " + calls.write(Call.of(catalog.tool(), "topic", "database"))
        + ". Editing a file? Every topic for it, most important first: " + calls.write(Call.of(catalog.tool(), "file_path", "api/users/get.xs"))
        + ". Add mode \"quick_reference\" for the short form; its end lists the topic's sections with their sizes.");
    for (ScriptTopic topic : catalog.topics()) {
      String body = catalog.body(topic);
      long sections = Sections.of(body).stream().filter(s -> s.level() == 2).count();
      md.line("- `" + topic.name() + "` (" + Budget.size(Sections.bytes(body)) + ", " + sections + " sections): " + topic.description());
    }
    return md.toString();
  }

  /** A whole topic, or its quick reference followed by the list of its sections. */
  public static String topic(ScriptCatalog catalog, ScriptTopic topic, Mode mode, Call.Style calls) {
    if (mode == Mode.FULL) {
      return new MarkdownWriter().block(catalog.body(topic)).toString();
    }
    return quickReference(catalog, topic, calls).toString();
  }

  /** One section of a topic, its subsections included, under a heading that says where it is. */
  public static String section(ScriptCatalog catalog, ScriptTopic topic, Section section) {
    String body = catalog.body(topic);
    return sectionText(topic.title(), section, body);
  }

  /** A section as its own answer: {@code # Topic › Parent › Section}, then its text. */
  static String sectionText(String topicTitle, Section section, String document) {
    String heading = section.id().equals(Sections.INTRO) ? topicTitle : topicTitle + " › " + section.breadcrumb();
    String text = section.text(document);
    int newline = text.indexOf('\n');
    return new MarkdownWriter().heading(1, heading).block(newline < 0 ? "" : text.substring(newline + 1)).toString();
  }

  private static MarkdownWriter quickReference(ScriptCatalog catalog, ScriptTopic topic, Call.Style calls) {
    String section = catalog.quickReference(topic);
    String body = catalog.body(topic);
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, topic.title() + ": quick reference");
    md.block(section.substring(section.indexOf('\n') + 1));
    String sections = Sections.of(body).stream()
        .filter(s -> s.level() == 2 && !s.title().equals("Quick Reference"))
        .map(s -> "`" + s.id() + "` (" + Budget.size(Sections.bytes(s.text(body))) + ")")
        .collect(Collectors.joining(", "));
    if (!sections.isEmpty()) {
      md.block("Sections: " + sections + ". Read one: " + calls.write(Call.of(catalog.tool(), "topic", topic.name(), "section", "<id>")) + ".");
    }
    md.block("Whole topic (" + Budget.size(Sections.bytes(body)) + "): " + calls.write(Call.of(catalog.tool(), "topic", topic.name())) + ".");
    return md;
  }

  /** The answer for a file: its Markdown, the topics it shows (wholly or in part) and those it left out. */
  public record FileAnswer(String markdown, List<ScriptTopic> shown, List<ScriptTopic> leftOut) {
    public FileAnswer {
      shown = List.copyOf(shown);
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * Every topic for the file at {@code filePath}, most important first, within {@code maxTokens}.
   * Topics that fit come whole; the first that does not is cut at a section boundary; the rest are
   * left out, and the answer ends with their sizes and the calls that read them.
   */
  public static FileAnswer forFile(ScriptCatalog catalog, String filePath, Mode mode, int maxTokens, Call.Style calls) {
    List<ScriptTopic> topics = catalog.forFile(filePath);
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, "XanoScript for `" + filePath.replace("`", "'") + "`");
    String names = topics.stream().map(t -> "`" + t.name() + "`").collect(Collectors.joining(", "));
    if (topics.size() == 1) {
      md.block("No topic applies to this path in particular; here is " + names + ", the foundation of all XanoScript. The list of topics: " + calls.write(Call.of(catalog.tool())) + ".");
    } else {
      md.block("Topics for this file, most important first: " + names + ".");
    }
    int limit = Budget.bytes(maxTokens) - Budget.NOTE_BYTES;
    int used = Sections.bytes(md.toString());
    List<ScriptTopic> shown = new ArrayList<>();
    List<ScriptTopic> left = new ArrayList<>();
    String partial = null;
    Budget.Cut cut = null;
    boolean room = true;
    for (ScriptTopic topic : topics) {
      if (!room) {
        left.add(topic);
        continue;
      }
      String part = mode == Mode.FULL ? catalog.body(topic) : quickReference(catalog, topic, calls).toString();
      int size = Sections.bytes(part) + 2;
      if (used + size <= limit) {
        md.block(part);
        shown.add(topic);
        used += size;
        continue;
      }
      room = false;
      if (mode == Mode.FULL && limit - used >= 2048) {
        cut = Budget.cut(part, Sections.of(part), limit - used + Budget.NOTE_BYTES);
        md.block(cut.text());
        shown.add(topic);
        partial = part;
      } else {
        left.add(topic);
      }
    }
    if (partial != null || !left.isEmpty()) {
      md.block(leftOut(catalog, filePath, mode, maxTokens, shown, partial, cut, left, calls));
    }
    return new FileAnswer(md.toString(), shown, left);
  }

  private static String leftOut(ScriptCatalog catalog, String filePath, Mode mode, int maxTokens, List<ScriptTopic> shown, String partial,
      Budget.Cut cut, List<ScriptTopic> left, Call.Style calls) {
    StringBuilder note = new StringBuilder("Left out to stay within " + maxTokens + " tokens:");
    List<String> reads = new ArrayList<>();
    if (partial != null) {
      ScriptTopic topic = shown.get(shown.size() - 1);
      note.append(" the rest of `").append(topic.name()).append("` (")
          .append(cut.leftOut().stream().map(s -> "`" + s.id() + "` " + Budget.size(Sections.bytes(s.text(partial)))).collect(Collectors.joining(", ")))
          .append(")");
      reads.add(calls.write(Call.of(catalog.tool(), "topic", topic.name(), "section", cut.leftOut().get(0).id())));
    }
    if (!left.isEmpty()) {
      note.append(partial != null ? "; " : " ")
          .append(left.stream().map(t -> "`" + t.name() + "` (" + Budget.size(Sections.bytes(catalog.body(t))) + ")").collect(Collectors.joining(", ")));
      reads.add(calls.write(Call.of(catalog.tool(), "topic", left.get(0).name())));
    }
    note.append(". Read on: ").append(String.join(", ", reads));
    if (mode == Mode.FULL) {
      note.append("; every topic in short form: ").append(calls.write(Call.of(catalog.tool(), "file_path", filePath, "mode", "quick_reference")));
    }
    return note.append('.').toString();
  }
}
