package dev.xanomcp.server;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.docs.Names;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Detail;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The documentation tool of one API ({@code run_api_docs}, {@code meta_api_docs}). */
public final class ApiDocsTool {
  static final String TOPIC = "topic";
  static final String DETAIL = "detail_level";
  static final String SCHEMAS = "include_schemas";

  private ApiDocsTool() {}

  public static SyncToolSpecification spec(ApiCatalog catalog) {
    ApiIndex index = catalog.index();
    Map<String, String> rendered = new ConcurrentHashMap<>();
    return Tools.tool(index.tool(), index.title(), description(index), inputSchema(catalog), args -> answer(catalog, args, rendered));
  }

  /** The tool description: when to call it, then one line per topic. */
  static String description(ApiIndex index) {
    StringBuilder text = new StringBuilder(index.description()).append("\nTopics:");
    for (ApiIndex.Entry entry : index.topics()) {
      text.append("\n- ").append(entry.name()).append(": ").append(entry.about());
    }
    return text.toString();
  }

  static Map<String, Object> inputSchema(ApiCatalog catalog) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TOPIC, Tools.property("string", null, catalog.names()));
    Map<String, Object> detail =
        Tools.property("string", "summary: one line per endpoint; full: all.", Detail.NAMES);
    detail.put("default", "full");
    properties.put(DETAIL, detail);
    Map<String, Object> schemas = Tools.property("boolean", "Add object schemas (full only).");
    schemas.put("default", true);
    properties.put(SCHEMAS, schemas);
    return Tools.objectSchema(properties, List.of(TOPIC));
  }

  /** Renders the requested topic, or explains what was wrong with the request. */
  public static String answer(ApiCatalog catalog, Arguments args) {
    return answer(catalog, args, new HashMap<>());
  }

  /**
   * As {@link #answer(ApiCatalog, Arguments)}, keeping each rendering in {@code rendered}: the
   * output is a pure function of topic, detail and schemas, so a server renders each once.
   */
  static String answer(ApiCatalog catalog, Arguments args, Map<String, String> rendered) {
    String name = args.string(TOPIC).orElseThrow(() -> new ToolInputException("Missing 'topic'. " + topics(catalog)));
    ApiTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(unknownTopic(name, catalog.names())));
    Detail detail = args.string(DETAIL).map(ApiDocsTool::detail).orElse(Detail.FULL);
    boolean schemas = args.bool(SCHEMAS).orElse(true);
    return rendered.computeIfAbsent(topic.topic() + '/' + detail + '/' + schemas, key -> ApiRenderer.render(catalog.index(), topic, detail, schemas));
  }

  private static Detail detail(String name) {
    return Detail.parse(name)
        .orElseThrow(() -> new ToolInputException("Unknown detail_level '" + name + "'. Use \"summary\" or \"full\" (\"overview\", \"detailed\" and \"examples\" also work)."));
  }

  static String unknownTopic(String name, List<String> names) {
    String guess = Names.closest(name, names).map(n -> " Did you mean '" + n + "'?").orElse("");
    return "Unknown topic '" + name + "'." + guess + " Topics: " + String.join(", ", names) + ".";
  }

  private static String topics(ApiCatalog catalog) {
    return "Topics: " + String.join(", ", catalog.names()) + ".";
  }
}
