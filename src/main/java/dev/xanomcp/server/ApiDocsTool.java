package dev.xanomcp.server;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.docs.Names;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The documentation tool of one API ({@code run_api_docs}, {@code meta_api_docs}). */
final class ApiDocsTool implements DocTool {
  static final String TOPIC = "topic";
  static final String DETAIL = "detail_level";
  static final String SCHEMAS = "include_schemas";

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
    Map<String, Object> detail = Schemas.property("string", "summary: one line per endpoint; full: all.", Detail.NAMES);
    detail.put("default", "full");
    properties.put(DETAIL, detail);
    Map<String, Object> schemas = Schemas.property("boolean", "Add object schemas (full only).");
    schemas.put("default", true);
    properties.put(SCHEMAS, schemas);
    return Schemas.object(properties, List.of(TOPIC));
  }

  @Override
  public Map<String, Object> outputSchema() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(TOPIC, Schemas.property("string", null));
    fields.put("detail", Schemas.property("string", null, List.of("summary", "full")));
    return Schemas.output(fields, List.of(TOPIC, "detail"));
  }

  @Override
  public Command command() {
    return new Command("docs " + index.api(), TOPIC);
  }

  @Override
  public List<Map<String, Object>> examples() {
    List<Map<String, Object>> examples = new ArrayList<>();
    for (String topic : catalog.names()) {
      for (String detail : List.of("summary", "full")) {
        examples.add(Map.of(TOPIC, topic, DETAIL, detail));
      }
    }
    return examples;
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    String name = args.string(TOPIC).orElseThrow(() -> new ToolInputException("Missing 'topic'. Topics: " + String.join(", ", catalog.names()) + "."));
    ApiTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(unknownTopic(name, catalog.names())));
    Detail detail = args.string(DETAIL).map(ApiDocsTool::detail).orElse(Detail.FULL);
    boolean schemas = args.bool(SCHEMAS).orElse(true);
    if (calls != Call.MCP) {
      return render(topic, detail, schemas, calls);
    }
    return answered.computeIfAbsent(topic.topic() + '/' + detail + '/' + schemas, key -> render(topic, detail, schemas, calls));
  }

  private Answer render(ApiTopic topic, Detail detail, boolean schemas, Call.Style calls) {
    String markdown = ApiRenderer.render(index, topic, detail, schemas, calls);
    return Answer.of(markdown, TOPIC, topic.topic(), "detail", detail.name().toLowerCase(Locale.ROOT));
  }

  private static Detail detail(String name) {
    return Detail.parse(name)
        .orElseThrow(() -> new ToolInputException("Unknown detail_level '" + name + "'. Use \"summary\" or \"full\" (\"overview\", \"detailed\" and \"examples\" also work)."));
  }

  static String unknownTopic(String name, List<String> names) {
    String guess = Names.closest(name, names).map(n -> " Did you mean '" + n + "'?").orElse("");
    return "Unknown topic '" + name + "'." + guess + " Topics: " + String.join(", ", names) + ".";
  }
}
