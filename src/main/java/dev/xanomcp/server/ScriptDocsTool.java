package dev.xanomcp.server;

import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code xanoscript_docs}: the XanoScript language reference, by topic or by the file being edited. */
final class ScriptDocsTool implements DocTool {
  static final String TOPIC = "topic";
  static final String FILE = "file_path";
  static final String MODE = "mode";

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
    return "XanoScript (.xs) language reference. Read it before you write XanoScript: the syntax is strict.\n"
        + "- file_path: every topic for the file you edit, most important first\n"
        + "- topic: one topic (aliases such as db work)\n"
        + "- no arguments: topic list\n"
        + "mode quick_reference: cheat sheets only";
  }

  @Override
  public String instruction() {
    return "Before writing XanoScript (.xs), call " + name() + " with the file's path.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TOPIC, Schemas.property("string", null, catalog.names()));
    properties.put(FILE, Schemas.property("string", "e.g. api/users/get.xs"));
    Map<String, Object> mode = Schemas.property("string", "full or quick_reference.", Mode.NAMES);
    mode.put("default", "full");
    properties.put(MODE, mode);
    return Schemas.object(properties, List.of());
  }

  @Override
  public Map<String, Object> outputSchema() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("topics", Schemas.array("string", "the topics shown"));
    fields.put("left_out", Schemas.array("string", "topics cut to keep the answer small"));
    return Schemas.output(fields, List.of("topics"));
  }

  @Override
  public Command command() {
    return new Command("docs xanoscript", TOPIC);
  }

  @Override
  public List<Map<String, Object>> examples() {
    return List.of(
        Map.of(),
        Map.of(TOPIC, "syntax"),
        Map.of(TOPIC, "db", MODE, "quick_reference"),
        Map.of(FILE, "api/users/get.xs"),
        Map.of(FILE, "function/utils/format.xs", MODE, "quick_reference"));
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    Mode mode = args.string(MODE).map(ScriptDocsTool::mode).orElse(Mode.FULL);
    if (args.has(TOPIC) && args.has(FILE)) {
      throw new ToolInputException("Pass either 'topic' or 'file_path', not both: 'file_path' already returns every topic for that file.");
    }
    if (args.has(TOPIC)) {
      String name = args.string(TOPIC).orElseThrow();
      ScriptTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(ApiDocsTool.unknownTopic(name, catalog.names())));
      return Answer.of(ScriptRenderer.topic(catalog, topic, mode, calls), "topics", List.of(topic.name()), "left_out", List.of());
    }
    if (args.has(FILE)) {
      String path = args.string(FILE).orElseThrow();
      if (path.isBlank()) {
        throw new ToolInputException("'file_path' is empty. Pass the path of the file you are editing, e.g. api/users/get.xs.");
      }
      ScriptRenderer.FileAnswer answer = ScriptRenderer.forFile(catalog, path, mode, calls);
      return Answer.of(answer.markdown(), "topics", names(answer.shown()), "left_out", names(answer.leftOut()));
    }
    return Answer.of(ScriptRenderer.index(catalog, calls), "topics", List.of(), "left_out", List.of());
  }

  private static List<String> names(List<ScriptTopic> topics) {
    return topics.stream().map(ScriptTopic::name).toList();
  }

  private static Mode mode(String name) {
    return Mode.parse(name).orElseThrow(() -> new ToolInputException("Unknown mode '" + name + "'. Use \"full\" or \"quick_reference\"."));
  }
}
