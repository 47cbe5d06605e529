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
    md.block("Read a topic (a name below, or an alias): " + calls.write(Call.of(catalog.tool(), Call.TOPIC, "database"))
        + ". Editing a file? Every topic for it, most important first: " + calls.write(Call.of(catalog.tool(), Call.FILE_PATH, "api/users/get.xs"))
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
      md.block("Sections: " + sections + ". Read one: " + calls.write(Call.of(catalog.tool(), Call.TOPIC, topic.name(), Call.SECTION, "<id>")) + ".");
    }
    md.block("Whole topic (" + Budget.size(Sections.bytes(body)) + "): " + calls.write(Call.of(catalog.tool(), Call.TOPIC, topic.name())) + ".");
    return md;
  }

  /** The answer for a file: its Markdown, the topics it shows (whole or as quick references) and those not shown whole. */
  public record FileAnswer(String markdown, List<ScriptTopic> shown, List<ScriptTopic> leftOut) {
    public FileAnswer {
      shown = List.copyOf(shown);
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * Every topic for the file at {@code filePath}, most important first, within {@code maxTokens}.
   * A topic comes whole while the budget leaves room for the quick references of the topics
   * after it; otherwise as its quick reference (which ends with its sections and the call that
   * reads it whole), so that every topic for the file is at least summed up. What does not fit
   * even so is named at the end with its size and the call that reads it.
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
    List<String> quick = topics.stream().map(t -> quickReference(catalog, t, calls).toString()).toList();
    int[] reserve = new int[topics.size() + 1];
    for (int i = topics.size() - 1; i >= 0; i--) {
      reserve[i] = reserve[i + 1] + Sections.bytes(quick.get(i)) + 2;
    }
    int limit = Budget.bytes(maxTokens) - Budget.NOTE_BYTES;
    int used = Sections.bytes(md.toString());
    List<ScriptTopic> shown = new ArrayList<>();
    List<ScriptTopic> brief = new ArrayList<>();
    List<ScriptTopic> left = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      ScriptTopic topic = topics.get(i);
      String whole = mode == Mode.FULL ? catalog.body(topic) : quick.get(i);
      int size = Sections.bytes(whole) + 2;
      int quickSize = Sections.bytes(quick.get(i)) + 2;
      if (used + size + reserve[i + 1] <= limit) {
        md.block(whole);
        shown.add(topic);
        used += size;
      } else if (mode == Mode.FULL && used + quickSize <= limit) {
        md.block(quick.get(i));
        shown.add(topic);
        brief.add(topic);
        used += quickSize;
      } else {
        left.add(topic);
      }
    }
    if (!brief.isEmpty() || !left.isEmpty()) {
      md.block(note(catalog, filePath, mode, maxTokens, brief, left, calls));
    }
    List<ScriptTopic> notWhole = new ArrayList<>(brief);
    notWhole.addAll(left);
    return new FileAnswer(md.toString(), shown, notWhole);
  }

  private static String note(ScriptCatalog catalog, String filePath, Mode mode, int maxTokens, List<ScriptTopic> brief, List<ScriptTopic> left,
      Call.Style calls) {
    StringBuilder note = new StringBuilder();
    if (!brief.isEmpty()) {
      note.append("To stay within ").append(maxTokens).append(" tokens, these come as quick references: ")
          .append(brief.stream().map(t -> "`" + t.name() + "` (whole: " + Budget.size(Sections.bytes(catalog.body(t))) + ")").collect(Collectors.joining(", ")))
          .append(". Read one whole: ").append(calls.write(Call.of(catalog.tool(), Call.TOPIC, brief.get(0).name()))).append(", or raise `max_tokens`.");
    }
    if (!left.isEmpty()) {
      note.append(note.length() > 0 ? " " : "").append("Left out to stay within ").append(maxTokens).append(" tokens: ")
          .append(left.stream().map(t -> "`" + t.name() + "` (" + Budget.size(Sections.bytes(catalog.body(t))) + ")").collect(Collectors.joining(", ")))
          .append(". Read one: ").append(calls.write(Call.of(catalog.tool(), Call.TOPIC, left.get(0).name())));
      if (mode == Mode.FULL) {
        note.append("; all of them in short form: ").append(calls.write(Call.of(catalog.tool(), Call.FILE_PATH, filePath, Call.MODE, "quick_reference")));
      }
      note.append('.');
    }
    return note.toString();
  }
}
