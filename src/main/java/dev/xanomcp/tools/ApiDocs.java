package dev.xanomcp.tools;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import dev.xanomcp.server.DocResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The documentation tool of one API ({@code run_api_docs}, {@code meta_api_docs}): topics at summary or full detail. */
public final class ApiDocs {
  static final String TOPIC = Call.TOPIC;
  static final String DETAIL = Call.DETAIL;
  static final String SCHEMAS = "include_schemas";

  private final ApiCatalog catalog;
  private final ApiIndex index;
  /** Whole answers by topic, detail and schemas: an answer is a pure function of them. */
  private final Map<String, String> answered = new ConcurrentHashMap<>();

  private ApiDocs(ApiCatalog catalog) {
    this.catalog = catalog;
    this.index = catalog.index();
  }

  public static Tool tool(ApiCatalog catalog) {
    ApiDocs docs = new ApiDocs(catalog);
    ApiIndex index = catalog.index();
    List<Param> params = new ArrayList<>(List.of(
        Param.choice(TOPIC, null, catalog.names()),
        Param.choice(DETAIL, "summary: one line per " + (index.http() ? "endpoint" : "command"), Detail.NAMES).byDefault("full")));
    if (index.http()) {
      params.add(Param.flag(SCHEMAS, "Add object schemas (full only).").byDefault(true));
    }
    params.add(Sectioned.section());
    params.add(Sectioned.maxTokens("budget; cuts at sections"));
    return new Tool(index.tool(), index.title(), index.description(), index.instruction(), params, null,
        new Tool.Cli("docs " + index.api(), TOPIC, catalog.names()), examples(catalog), () -> {}, docs::answer);
  }

  private static List<Map<String, Object>> examples(ApiCatalog catalog) {
    List<Map<String, Object>> examples = new ArrayList<>();
    examples.add(Map.of());
    for (String topic : catalog.names()) {
      for (String detail : List.of("summary", "full")) {
        examples.add(Map.of(TOPIC, topic, DETAIL, detail));
      }
    }
    examples.add(Map.of(TOPIC, catalog.names().get(0), Sectioned.SECTION, "intro"));
    examples.add(Map.of(TOPIC, catalog.names().get(catalog.names().size() - 1), Sectioned.MAX_TOKENS, 600));
    return examples;
  }

  private Answer answer(Args args, Context context) {
    if (!args.has(TOPIC)) {
      if (args.has(Sectioned.SECTION)) {
        throw new ToolInputException(args.name(Sectioned.SECTION) + " needs a " + args.name(TOPIC) + ". Use one of: " + String.join(", ", catalog.names()) + ".");
      }
      return Answer.text(ApiRenderer.index(index, context.calls()));
    }
    ApiTopic topic = catalog.find(args.text(TOPIC).orElseThrow()).orElseThrow();
    Detail detail = Detail.parse(args.text(DETAIL).orElseThrow()).orElseThrow();
    boolean schemas = index.http() && args.flag(SCHEMAS).orElseThrow();
    Optional<Integer> budget = Sectioned.budget(args);
    Call.Style calls = context.calls();
    Function<String, Call> read = id -> Call.of(index.tool(), TOPIC, topic.topic(), Sectioned.SECTION, id);
    String markdown;
    if (args.has(Sectioned.SECTION)) {
      String full = ApiRenderer.render(index, topic, Detail.FULL, schemas, calls);
      Section section = Sectioned.find(Sections.of(full), args.text(Sectioned.SECTION).orElseThrow(), topic.topic());
      markdown = ApiRenderer.section(index, topic, full, section);
    } else if (calls != Call.MCP || budget.isPresent()) {
      markdown = ApiRenderer.render(index, topic, detail, schemas, calls);
    } else {
      markdown = answered.computeIfAbsent(topic.topic() + '/' + detail + '/' + schemas, key -> ApiRenderer.render(index, topic, detail, schemas, calls));
    }
    return Answer.text(Sectioned.within(markdown, budget, read, calls)).withLinks(related(topic));
  }

  /** The resources of the topics this one names as related. */
  private List<String> related(ApiTopic topic) {
    return topic.relatedTopics().stream().map(name -> DocResources.uri(index, name)).toList();
  }
}
