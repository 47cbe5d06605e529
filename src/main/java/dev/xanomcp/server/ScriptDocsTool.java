package dev.xanomcp.server;

import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.Budget;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code xanoscript_docs}: the XanoScript language reference, by topic or by the file being edited. */
final class ScriptDocsTool implements DocTool {
  static final String TOPIC = "topic";
  static final String FILE = "file_path";
  static final String MODE = "mode";
  static final String SECTION = "section";
  static final String MAX_TOKENS = "max_tokens";
  private static final Pattern CODE_SPAN = Pattern.compile("`([a-z][a-z/-]*)`");

  private final ScriptCatalog catalog;

  ScriptDocsTool(ScriptCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return catalog.tool();
  }

  @Override
  public String title() {
    return "XanoScript";
  }

  @Override
  public String description() {
    return "XanoScript (.xs) language reference; read it before writing XanoScript, whose syntax is strict. "
        + "file_path: the topics for the file you edit, most important first. topic (+ section): one topic or section. "
        + "No arguments: the topic list. mode quick_reference: cheat sheets.";
  }

  @Override
  public String instruction() {
    return "Before writing XanoScript (.xs), call " + name() + " with the file's path.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TOPIC, Schemas.property("string", "name or alias; no arguments lists them"));
    properties.put(FILE, Schemas.property("string", "e.g. api/users/get.xs"));
    Map<String, Object> mode = Schemas.property("string", null, Mode.NAMES);
    mode.put("default", "full");
    properties.put(MODE, mode);
    properties.put(SECTION, Schemas.property("string", "one section: heading or id"));
    properties.put(MAX_TOKENS, Schemas.property("integer", "budget; cuts at sections; file_path: " + ScriptRenderer.FILE_TOKENS));
    return Schemas.object(properties, List.of());
  }

  @Override
  public Map<String, Object> outputSchema() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("topics", Schemas.array("string", null));
    fields.put("left_out", Schemas.array("string", null));
    return Schemas.output(fields, List.of("topics"));
  }

  @Override
  public Command command() {
    return new Command("docs xanoscript", TOPIC, catalog.names());
  }

  @Override
  public List<Map<String, Object>> examples() {
    return List.of(
        Map.of(),
        Map.of(TOPIC, "syntax"),
        Map.of(TOPIC, "db", MODE, "quick_reference"),
        Map.of(TOPIC, "syntax", SECTION, "intro"),
        Map.of(TOPIC, "database", MAX_TOKENS, 1000),
        Map.of(FILE, "api/users/get.xs"),
        Map.of(FILE, "function/utils/format.xs", MODE, "quick_reference"));
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    Mode mode = args.string(MODE).map(ScriptDocsTool::mode).orElse(Mode.FULL);
    if (args.has(TOPIC) && args.has(FILE)) {
      throw new ToolInputException("Pass either 'topic' or 'file_path', not both: 'file_path' already returns every topic for that file.");
    }
    if (args.has(SECTION) && !args.has(TOPIC)) {
      throw new ToolInputException("'section' needs a 'topic': e.g. {\"topic\": \"database\", \"section\": \"db.query\"}.");
    }
    Optional<Integer> budget = args.integer(MAX_TOKENS).map(Budget::clamp);
    if (args.has(TOPIC)) {
      String name = args.string(TOPIC).orElseThrow();
      ScriptTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(ApiDocsTool.unknownTopic(name, catalog.names())));
      String markdown;
      if (args.has(SECTION)) {
        List<Section> sections = Sections.of(catalog.body(topic));
        Section section = ApiDocsTool.section(sections, args.string(SECTION).orElseThrow(), topic.name());
        markdown = ScriptRenderer.section(catalog, topic, section);
      } else {
        markdown = ScriptRenderer.topic(catalog, topic, mode, calls);
      }
      return ApiDocsTool.within(markdown, budget, id -> Call.of(name(), TOPIC, topic.name(), SECTION, id), calls, "topics", List.of(topic.name()), "left_out", List.of())
          .withLinks(named(markdown, topic));
    }
    if (args.has(FILE)) {
      String path = args.string(FILE).orElseThrow();
      if (path.isBlank()) {
        throw new ToolInputException("'file_path' is empty. Pass the path of the file you are editing, e.g. api/users/get.xs.");
      }
      ScriptRenderer.FileAnswer answer = ScriptRenderer.forFile(catalog, path, mode, budget.orElse(ScriptRenderer.FILE_TOKENS), calls);
      return Answer.of(answer.markdown(), "topics", names(answer.shown()), "left_out", names(answer.leftOut()))
          .withLinks(answer.leftOut().stream().map(DocResources::uri).toList());
    }
    return Answer.of(ScriptRenderer.index(catalog, calls), "topics", List.of(), "left_out", List.of());
  }

  /** The resources of the other topics {@code markdown} names in code spans, at most ten, in order. */
  private List<String> named(String markdown, ScriptTopic self) {
    Set<String> uris = new LinkedHashSet<>();
    Matcher code = CODE_SPAN.matcher(markdown);
    while (code.find() && uris.size() < 10) {
      catalog.topics().stream()
          .filter(t -> t.name().equals(code.group(1)) && t != self)
          .findFirst()
          .ifPresent(t -> uris.add(DocResources.uri(t)));
    }
    return List.copyOf(uris);
  }

  private static List<String> names(List<ScriptTopic> topics) {
    return topics.stream().map(ScriptTopic::name).toList();
  }

  private static Mode mode(String name) {
    return Mode.parse(name).orElseThrow(() -> new ToolInputException("Unknown mode '" + name + "'. Use \"full\" or \"quick_reference\"."));
  }
}
