package dev.xanomcp.server;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.docs.Names;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Budget;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The documentation tool of one API ({@code run_api_docs}, {@code meta_api_docs}, {@code cli_docs}). */
final class ApiDocsTool implements DocTool {
  static final String TOPIC = "topic";
  static final String DETAIL = "detail_level";
  static final String SCHEMAS = "include_schemas";
  static final String SECTION = "section";
  static final String MAX_TOKENS = "max_tokens";

  private final ApiCatalog catalog;
  private final ApiIndex index;
  /** Answers by topic, detail and schemas: an answer is a pure function of them. */
  private final Map<String, Answer> answered = new ConcurrentHashMap<>();

  ApiDocsTool(ApiCatalog catalog) {
    this.catalog = catalog;
    this.index = catalog.index();
  }

  @Override
  public String name() {
    return index.tool();
  }

  @Override
  public String title() {
    return index.title();
  }

  @Override
  public String description() {
    return index.description();
  }

  @Override
  public String instruction() {
    return index.instruction();
  }

  @Override
  public Map<String, Object> inputSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TOPIC, Schemas.property("string", null, catalog.names()));
    Map<String, Object> detail = Schemas.property("string", "summary: one line per " + (index.http() ? "endpoint" : "command"), Detail.NAMES);
    detail.put("default", "full");
    properties.put(DETAIL, detail);
    if (index.http()) {
      Map<String, Object> schemas = Schemas.property("boolean", "Add object schemas (full only).");
      schemas.put("default", true);
      properties.put(SCHEMAS, schemas);
    }
    properties.put(SECTION, Schemas.property("string", "one section: heading or id"));
    properties.put(MAX_TOKENS, Schemas.property("integer", "budget; cuts at sections"));
    return Schemas.object(properties, List.of());
  }

  @Override
  public Map<String, Object> outputSchema() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(TOPIC, Schemas.property("string", null));
    fields.put("detail", Schemas.property("string", null));
    fields.put(SECTION, Schemas.property("string", null));
    fields.put("left_out", Schemas.array("string", null));
    return Schemas.output(fields, List.of());
  }

  @Override
  public Command command() {
    return new Command("docs " + index.api(), TOPIC, catalog.names());
  }

  @Override
  public List<Map<String, Object>> examples() {
    List<Map<String, Object>> examples = new ArrayList<>();
    examples.add(Map.of());
    for (String topic : catalog.names()) {
      for (String detail : List.of("summary", "full")) {
        examples.add(Map.of(TOPIC, topic, DETAIL, detail));
      }
    }
    examples.add(Map.of(TOPIC, catalog.names().get(0), SECTION, "intro"));
    examples.add(Map.of(TOPIC, catalog.names().get(catalog.names().size() - 1), MAX_TOKENS, 600));
    return examples;
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    if (!args.has(TOPIC)) {
      if (args.has(SECTION)) {
        throw new ToolInputException("Name the 'topic' of the section. Topics: " + String.join(", ", catalog.names()) + ".");
      }
      return Answer.of(ApiRenderer.index(index, calls));
    }
    String name = args.string(TOPIC).orElseThrow();
    ApiTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(unknownTopic(name, catalog.names())));
    Detail detail = args.string(DETAIL).map(ApiDocsTool::detail).orElse(Detail.FULL);
    boolean schemas = index.http() && args.bool(SCHEMAS).orElse(true);
    Optional<Integer> budget = args.integer(MAX_TOKENS).map(Budget::clamp);
    Function<String, Call> read = id -> Call.of(name(), TOPIC, topic.topic(), SECTION, id);
    if (args.has(SECTION)) {
      String full = ApiRenderer.render(index, topic, Detail.FULL, schemas, calls);
      Section section = section(Sections.of(full), args.string(SECTION).orElseThrow(), topic.topic());
      String markdown = ApiRenderer.section(index, topic, full, section);
      return within(markdown, budget, read, calls, TOPIC, topic.topic(), "detail", "full", SECTION, section.id()).withLinks(related(topic));
    }
    String level = detail.name().toLowerCase(Locale.ROOT);
    if (calls != Call.MCP || budget.isPresent()) {
      return within(ApiRenderer.render(index, topic, detail, schemas, calls), budget, read, calls, TOPIC, topic.topic(), "detail", level)
          .withLinks(related(topic));
    }
    return answered.computeIfAbsent(topic.topic() + '/' + detail + '/' + schemas,
        key -> Answer.of(ApiRenderer.render(index, topic, detail, schemas, calls), TOPIC, topic.topic(), "detail", level).withLinks(related(topic)));
  }

  /** The resources of the topics this one names as related. */
  private List<String> related(ApiTopic topic) {
    return topic.relatedTopics().stream().map(name -> DocResources.uri(index, name)).toList();
  }

  /** The section called {@code name} (heading or id); an unknown name is an error listing the sections. */
  static Section section(List<Section> sections, String name, String topic) {
    return Sections.find(sections, name).orElseThrow(() -> {
      List<String> ids = sections.stream().map(Section::id).toList();
      // Headings often go on after their name ("db.query-options-where..."): compare with that
      // first word too.
      List<String> words = ids.stream().map(id -> id.replaceAll("-.*", "")).toList();
      String guess = !guessable(name) ? "" : Names.closest(Sections.slug(name), ids)
          .or(() -> Names.closest(Sections.slug(name), words).map(w -> ids.get(words.indexOf(w))))
          .map(n -> " Did you mean '" + n + "'?").orElse("");
      return new ToolInputException("Unknown section '" + shown(name) + "' in topic " + topic + "." + guess + " Sections: " + String.join(", ", ids) + ".");
    });
  }

  /**
   * An answer of {@code markdown} within the token {@code budget}, if one was asked for: cut at a
   * section boundary, ending with what was left out and the call that reads it ({@code read}).
   */
  static Answer within(String markdown, Optional<Integer> budget, Function<String, Call> read, Call.Style calls, Object... fields) {
    Answer whole = Answer.of(markdown, fields);
    if (budget.isEmpty()) {
      return whole;
    }
    List<Section> sections = Sections.of(markdown);
    Budget.Cut cut = Budget.cut(markdown, sections, Budget.bytes(budget.get()));
    if (cut.whole()) {
      return whole;
    }
    String note = Budget.note(markdown, cut.leftOut(), s -> read.apply(s.id()), calls);
    Map<String, Object> structured = new LinkedHashMap<>(whole.fields());
    structured.put("left_out", cut.leftOut().stream().map(Section::id).toList());
    return new Answer(cut.text() + "\n" + note + "\n", structured, List.of());
  }

  private static Detail detail(String name) {
    return Detail.parse(name)
        .orElseThrow(() -> new ToolInputException("Unknown detail_level '" + name + "'. Use \"summary\" or \"full\" (\"overview\", \"detailed\" and \"examples\" also work)."));
  }

  static String unknownTopic(String name, List<String> names) {
    String guess = guessable(name) ? Names.closest(name, names).map(n -> " Did you mean '" + n + "'?").orElse("") : "";
    return "Unknown topic '" + shown(name) + "'." + guess + " Topics: " + String.join(", ", names) + ".";
  }

  /** Whether a name is short enough to be a misspelt one: the edit distance of a huge one costs seconds. */
  private static boolean guessable(String name) {
    return name.length() <= 200;
  }

  /** A name as an error message repeats it: a long one cut, so that a megabyte sent is not a megabyte answered. */
  static String shown(String name) {
    return name.length() <= 80 ? name : name.substring(0, 80) + "…";
  }
}
