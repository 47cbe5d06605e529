package dev.xanomcp.server;

import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Budget;
import dev.xanomcp.render.Call;
import dev.xanomcp.search.Hit;
import dev.xanomcp.search.SearchIndex;
import dev.xanomcp.search.Symbol;
import dev.xanomcp.search.Synonyms;
import dev.xanomcp.xanoscript.Checker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code search_docs}: the sections of all three APIs that best answer a question. */
final class SearchTool implements DocTool {
  static final String QUERY = "query";
  static final String API = "api";
  static final String LIMIT = "limit";
  static final List<String> APIS = List.of("run", "meta", "xanoscript");

  private final Library library;
  /** Built by {@link #prepare} or the first search, whichever comes first, so that start-up does not pay for it. */
  private SearchIndex index;

  SearchTool(Library library) {
    this.library = library;
  }

  @Override
  public void prepare() {
    index();
  }

  private synchronized SearchIndex index() {
    if (index == null) {
      index = build(library);
    }
    return index;
  }

  /**
   * The index of the docs with every name of the engine's tables (a name no section shows still
   * gets a hit that says what it is) and, as synonyms, other languages' names for them.
   */
  static SearchIndex build(Library library) {
    Checker checker = Checker.get();
    List<Symbol> symbols = new ArrayList<>();
    checker.names().forEach((name, kind) -> symbols.add(new Symbol(name, kind)));
    Map<String, List<String>> synonyms = new HashMap<>(Synonyms.CONCEPTS);
    Checker.foreignNames().forEach((foreign, name) -> {
      if (!name.contains(" ")) {
        synonyms.merge(foreign, List.of(name), (a, b) -> a);
      }
    });
    return SearchIndex.of(library, symbols, synonyms);
  }

  @Override
  public String name() {
    return "search_docs";
  }

  @Override
  public String title() {
    return "Search the docs";
  }

  @Override
  public String description() {
    return "Search the Xano docs (Run API, Meta API, XanoScript) for a question or a name: the best sections, "
        + "each with a snippet and the call that reads just that section. Cheaper than whole topics.";
  }

  @Override
  public String instruction() {
    return "To find a fact, call " + name() + " and read only the sections it points to.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(QUERY, Schemas.property("string", "e.g. \"sort an array\""));
    properties.put(API, Schemas.property("string", "default: all", APIS));
    Map<String, Object> limit = Schemas.property("integer", null);
    limit.put("minimum", 1);
    limit.put("maximum", 20);
    limit.put("default", 5);
    properties.put(LIMIT, limit);
    return Schemas.object(properties, List.of(QUERY));
  }

  @Override
  public Map<String, Object> outputSchema() {
    Map<String, Object> hit = Schemas.property("object", null);
    hit.put("required", List.of("api", "topic", "section", "title", "snippet", "call"));
    Map<String, Object> hits = Schemas.property("array", null);
    hits.put("items", hit);
    return Schemas.output(Map.of("hits", hits), List.of("hits"));
  }

  @Override
  public Command command() {
    return new Command("search", QUERY, List.of());
  }

  @Override
  public List<Map<String, Object>> examples() {
    return List.of(Map.of(QUERY, "sort an array of objects"), Map.of(QUERY, "session state", API, "run", LIMIT, 3));
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    String query = args.string(QUERY).filter(q -> !q.isBlank())
        .orElseThrow(() -> new ToolInputException("Missing 'query': the words to look for, e.g. {\"query\": \"sort an array\"}."));
    String api = args.string(API).map(SearchTool::api).orElse(null);
    int limit = args.integer(LIMIT).orElse(5);
    if (limit < 1 || limit > 20) {
      throw new ToolInputException("'limit' must be between 1 and 20, got " + limit + ".");
    }
    List<Hit> hits = index().search(query, api, limit);
    List<Map<String, Object>> structured = new ArrayList<>();
    for (Hit hit : hits) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("api", hit.api());
      fields.put("topic", hit.topic());
      fields.put("section", hit.section());
      fields.put("title", hit.title());
      fields.put("snippet", hit.snippet());
      fields.put("call", Map.of("tool", hit.call().tool(), "arguments", hit.call().arguments()));
      structured.add(fields);
    }
    String md = hits.isEmpty() ? nothing(query) : markdown(query, hits, calls);
    return Answer.of(md, "hits", structured);
  }

  /** The Markdown of a search: one numbered entry per hit, with its size, call and snippet. */
  static String markdown(String query, List<Hit> hits, Call.Style calls) {
    StringBuilder md = new StringBuilder("Best sections for \"").append(query).append("\":\n");
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      md.append('\n').append(i + 1).append(". ").append(hit.title()).append(" (").append(Budget.size(hit.bytes())).append("): ")
          .append(calls.write(hit.call())).append('\n');
      md.append("   ").append(hit.snippet()).append('\n');
    }
    return md.toString();
  }

  private String nothing(String query) {
    List<String> topics = index().suggestions(query);
    List<String> terms = index().nearTerms(query);
    return "No section matches \"" + query + "\"."
        + (topics.isEmpty() ? "" : " Closest topics: `" + String.join("`, `", topics) + "`.")
        + (terms.isEmpty() ? "" : " Closest names in the docs: `" + String.join("`, `", terms) + "`.")
        + " Try other words or a name such as `db.query`.\n";
  }

  private static String api(String name) {
    String key = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (key.equals("xs")) {
      return "xanoscript";
    }
    if (!APIS.contains(key)) {
      throw new ToolInputException("Unknown api '" + name + "'. Use one of: " + String.join(", ", APIS) + ", or leave it out to search all.");
    }
    return key;
  }
}
