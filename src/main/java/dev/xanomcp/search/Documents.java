package dev.xanomcp.search;

import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the Markdown of a topic into the documents of its sections, with the texts of their {@link Field}s. */
final class Documents {
  private static final String QUICK_REFERENCE = "quick-reference";
  private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern ENDPOINT = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) (/\\S*)");
  /** The parts of a Run, Meta API or CLI topic whose sections are one endpoint or command each. */
  private static final String COMMANDS = "Commands";
  private static final Set<String> REFERENCE_PARTS = Set.of("Endpoints", COMMANDS);
  private static final String LIST = "\nlist all";
  private static final String READ = "\nget read fetch show view";
  private static final String CREATE = "\ncreate add new";
  private static final String CHANGE = "\nupdate edit change modify";
  private static final String DELETE = "\ndelete remove drop erase";
  /** The words a question uses for what a CLI command does, by the operation that ends its name ({@code profile create}). */
  private static final Map<String, String> OPERATIONS = Map.of("list", LIST, "get", READ, "create", CREATE, "edit", CHANGE, "update", CHANGE,
      "delete", DELETE);
  /** The part of a Run or Meta API topic whose sections are one data object each. */
  private static final String SCHEMAS = "Schemas";
  /** What a schema is, in a question's words ("what fields does a session have", "what the answer holds"). */
  private static final String SCHEMA_WORDS = "object fields holds contains";
  /** Where a word of a name written in camel case ends ("SinkResponse"). */
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  private Documents() {}

  /**
   * One topic to index: its API, its name and title, other names for it and a line on what it
   * covers, its Markdown, the names of all topics of its API, the endpoint paths of all topics of
   * its API, whether it is a digest of other topics, and the call that reads one of its sections.
   */
  record Topic(String api, String name, String title, List<String> aliases, String about, String markdown, Set<String> names,
      Set<String> paths, boolean digest, Function<String, Call> reader) {}

  /** A section on its way to becoming a document: its texts by {@link Field}, and whether it only sums up. */
  private record Part(Section section, String shown, boolean overview, String[] texts, StringBuilder summary) {}

  /**
   * The sections of one topic as documents. Its name counts as a word of its intro's heading, its
   * aliases and its line on what it covers as words of the intro's path. An endpoint's heading also holds the words for what its method does ("create" for
   * POST, "list" for a GET of a collection), since questions say those and not the method. A line
   * of an overview that names what a section's heading names ("| `db.add` | insert a record |")
   * also counts for that section, which may not use those words itself, and so do the questions
   * the section answers ({@code asked}, by {@code api/topic#section}).
   */
  static List<Doc> of(Topic topic, Map<String, String> asked) {
    String markdown = topic.markdown();
    List<Section> sections = Sections.of(markdown);
    Set<String> paths = new HashSet<>(topic.paths());
    for (Section section : sections) {
      Matcher endpoint = ENDPOINT.matcher(section.title());
      if (endpoint.matches()) {
        paths.add(endpoint.group(2));
      }
    }
    List<Part> parts = new ArrayList<>();
    for (Section section : sections) {
      StringBuilder code = new StringBuilder();
      StringBuilder text = new StringBuilder();
      split(section.ownBody(markdown), code, text);
      String prose = text.toString();
      StringBuilder symbols = new StringBuilder();
      int spans = 0;
      int topicSpans = 0;
      Matcher inline = INLINE.matcher(prose);
      while (inline.find()) {
        symbols.append(inline.group(1)).append('\n');
        spans++;
        topicSpans += topic.names().contains(inline.group(1)) ? 1 : 0;
      }
      boolean intro = section.id().equals(Sections.INTRO);
      Matcher endpoint = ENDPOINT.matcher(section.title());
      // An endpoint's heading names the resource it acts on; the resources above it are only where
      // it lives ("DELETE /workspace/{workspace_id}/branch/{branch_label}" deletes a branch), except
      // the root: every path under it says it (all of the Meta API is under /workspace/{id}), so
      // that "list the workspaces" found each endpoint as much as the one that lists them.
      String heading = endpoint.matches() ? endpoint.group(1) + " " + resource(endpoint.group(2)) : section.title();
      // A schema's name is also a phrase ("SinkResponse" is the sink response), and it is an object
      // with fields, which is what a question about it asks for.
      boolean schema = section.path().size() == 2 && section.path().get(0).equals(SCHEMAS);
      boolean command = section.path().size() == 2 && section.path().get(0).equals(COMMANDS);
      String title = heading + (intro ? "\n" + topic.name() : "") + actions(section.title(), paths)
          + (command ? OPERATIONS.getOrDefault(section.title().substring(section.title().lastIndexOf(' ') + 1), "") : "");
      String path = topic.title() + "\n"
          + (intro ? topic.about() + "\n" + String.join("\n", topic.aliases()) : String.join("\n", section.path().subList(0, section.path().size() - 1)))
          + (endpoint.matches() ? "\n" + endpoint.group(2).replaceAll("\\{[^}]*}", "").replaceFirst("^/[^/]+/(?=/)", "") : "")
          + (schema ? "\n" + CAMEL.matcher(section.title()).replaceAll(" ") + "\n" + SCHEMA_WORDS : "");
      String shown = topic.title() + (intro ? "" : " › " + section.breadcrumb());
      // An index of topics: prose without code, most of what it names in code are topics. A recipe
      // whose one sentence names a topic ("topic `session`") has code, and is no index.
      boolean index = code.isEmpty() && topicSpans >= 2 && topicSpans * 2 >= spans;
      boolean overview = intro || section.id().equals(QUICK_REFERENCE) || index;
      String lead = section.path().size() == 2 && REFERENCE_PARTS.contains(section.path().get(0)) ? lead(prose) : "";
      parts.add(new Part(section, shown, overview, new String[] {title, path, symbols.toString(), code.toString(), prose, "", lead,
          asked.getOrDefault(topic.api() + "/" + topic.name() + "#" + section.id(), "")}, new StringBuilder()));
    }
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part.section().id().equals(QUICK_REFERENCE) && !summarises(part, parts)) {
        parts.set(i, new Part(part.section(), part.shown(), false, part.texts(), part.summary()));
      }
    }
    for (Part overview : parts) {
      if (overview.overview()) {
        lend(overview.texts()[Field.BODY.ordinal()], parts);
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (Part part : parts) {
      part.texts()[Field.SUMMARY.ordinal()] = part.summary().toString();
      docs.add(doc(topic.api(), topic.name(), part.section().id(), part.shown(), part.section().text(markdown), null,
          topic.reader().apply(part.section().id()), part.overview() || topic.digest(), part.texts()));
    }
    return docs;
  }

  /**
   * Whether a quick reference sums up its topic: most of the names it shows in code are shown by
   * the topic's other sections too. A quick reference that is the only home of most of its names
   * (the table of all text filters) is the topic's reference, and counts as a section.
   */
  private static boolean summarises(Part quickReference, List<Part> parts) {
    Set<String> named = names(quickReference.texts()[Field.BODY.ordinal()]);
    Set<String> elsewhere = new HashSet<>();
    for (Part part : parts) {
      if (part != quickReference && !part.section().id().equals(Sections.INTRO)) {
        for (Field field : List.of(Field.TITLE, Field.SYMBOLS, Field.CODE)) {
          elsewhere.addAll(Tokenizer.terms(part.texts()[field.ordinal()]));
        }
      }
    }
    return named.stream().filter(elsewhere::contains).count() * 2 >= named.size();
  }

  /** The names {@code text} shows in code: each span's name, or its first name if it holds several. */
  private static Set<String> names(String text) {
    Matcher inline = INLINE.matcher(text);
    Set<String> named = new HashSet<>();
    while (inline.find()) {
      List<String> terms = Tokenizer.terms(inline.group(1));
      if (!terms.isEmpty() && (terms.size() == 1 || Tokenizer.isCompound(terms.get(0)))) {
        named.add(terms.get(0));
      }
    }
    return named;
  }

  /**
   * Adds each line of {@code prose} that names in code what a section's heading names to that
   * section's summary; an endpoint's heading names its resource, not the resources above it
   * ("Related topics: `workspace`" is not about every endpoint under {@code /workspace}).
   */
  private static void lend(String prose, List<Part> parts) {
    for (String line : prose.split("\n")) {
      Set<String> named = names(line);
      for (Part part : parts) {
        if (!part.overview() && !named.isEmpty() && Tokenizer.terms(part.texts()[Field.TITLE.ordinal()]).stream().anyMatch(named::contains)) {
          part.summary().append(line).append('\n');
        }
      }
    }
  }

  /**
   * The first sentence of {@code prose}, if it opens with one: an endpoint's or command's section
   * starts with what it does ("Stop a session and tear it down"), in words a question uses.
   */
  private static String lead(String prose) {
    for (String line : prose.split("\n")) {
      String text = line.strip();
      if (!text.isEmpty()) {
        int end = text.indexOf(". ");
        return text.startsWith("|") || text.startsWith("-") ? "" : end > 0 ? text.substring(0, end) : text;
      }
    }
    return "";
  }

  /**
   * The part of an endpoint's path that names what it acts on: the segments after its last path
   * parameter ({@code /workspace/{id}/branch} lists branches, {@code /project/{id}/run/{run_id}/exec}
   * executes), else the segment before that parameter ({@code /workspace/{id}/branch/{label}} is a
   * branch); a path without parameters whole.
   */
  static String resource(String path) {
    String[] segments = path.split("/");
    int last = -1;
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        last = i;
      }
    }
    if (last < 0) {
      return path;
    }
    if (last < segments.length - 1) {
      return String.join(" ", List.of(segments).subList(last + 1, segments.length));
    }
    return last > 0 ? segments[last - 1] : "";
  }

  /**
   * The words for what an endpoint heading's method does, or nothing for another heading. A PUT or
   * PATCH of an item itself (its path ends with its id) may also rename it; one of a part of it
   * ({@code .../{api_id}/security}) changes only that part.
   */
  private static String actions(String heading, Set<String> paths) {
    Matcher endpoint = ENDPOINT.matcher(heading);
    if (!endpoint.matches()) {
      return "";
    }
    String path = endpoint.group(2);
    // A GET of a path under which items have their own paths, in any topic of the API, lists them.
    boolean collection = paths.stream().anyMatch(p -> p.startsWith(path + "/{"));
    return switch (endpoint.group(1)) {
      case "GET" -> collection ? LIST : READ;
      case "POST" -> CREATE;
      case "PUT", "PATCH" -> CHANGE + (path.endsWith("}") ? " rename" : "");
      default -> DELETE;
    };
  }

  /**
   * Splits Markdown into the lines of its code blocks and the rest. The line of related topics that
   * ends an API topic is neither: it is about the topic, not about its last section.
   */
  private static void split(String markdown, StringBuilder code, StringBuilder prose) {
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        fence = trimmed.substring(0, 3);
      } else if (fence != null && trimmed.startsWith(fence) && trimmed.replace(fence.substring(0, 1), "").isEmpty()) {
        fence = null;
      } else if (fence != null || !line.startsWith(ApiRenderer.RELATED_TOPICS)) {
        (fence == null ? prose : code).append(line).append('\n');
      }
    }
  }

  /** A document whose fields hold {@code texts}, one per {@link Field}, in order; the fields after the last text are empty. */
  static Doc doc(String api, String topic, String sectionId, String shown, String text, String note, Call call, boolean overview,
      String... given) {
    String[] texts = Arrays.copyOf(given, Field.values().length);
    Arrays.setAll(texts, i -> texts[i] == null ? "" : texts[i]);
    List<Map<String, Integer>> terms = new ArrayList<>();
    int[] lengths = new int[Field.values().length];
    for (Field field : Field.values()) {
      Map<String, Integer> counts = new HashMap<>();
      for (String term : Tokenizer.terms(texts[field.ordinal()])) {
        counts.merge(term, 1, Integer::sum);
        lengths[field.ordinal()]++;
      }
      // The operators a section shows in code ("??", "==?") are names a question may ask about.
      if (field == Field.SYMBOLS || field == Field.CODE) {
        Tokenizer.operators(texts[field.ordinal()], operator -> {
          counts.merge(operator, 1, Integer::sum);
          return true;
        });
      }
      terms.add(counts);
    }
    return new Doc(api, topic, sectionId, shown, text, note, call, List.of(texts), terms, lengths, overview);
  }
}
