package dev.xanomcp.tools;

import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Budget;
import dev.xanomcp.render.Call;
import dev.xanomcp.search.Asked;
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

/** {@code search_docs}: the sections of all the docs that best answer a question. */
public final class SearchDocs {
  static final String QUERY = "query";
  static final String API = "api";
  static final String LIMIT = "limit";
  /** The longest query: a long question with a pasted error message fits. */
  public static final int QUERY_CAP = 1000;

  private final Library library;
  /** Built by {@link #prepare} or the first search, whichever comes first, so that start-up does not pay for it. */
  private SearchIndex index;

  private SearchDocs(Library library) {
    this.library = library;
  }

  public static Tool tool(Library library) {
    SearchDocs search = new SearchDocs(library);
    String name = "search_docs";
    List<Param> params = List.of(
        Param.text(QUERY, "e.g. \"sort an array\"", QUERY_CAP).mandatory(),
        Param.choice(API, "default: all", apis(library)),
        Param.integer(LIMIT, null).range(1, 20).byDefault(5));
    // Each hit holds title, bytes, snippet and call ({tool, arguments}); the schema types the list
    // and no deeper, since every conversation pays for its bytes.
    Map<String, Object> output = Schemas.object(Map.of("hits", Schemas.property("array", null)), List.of("hits"));
    return new Tool(name, "Search the docs",
        "Search the Xano docs (Run API, Meta API, CLI, XanoScript) for a question or a name: the best sections, "
            + "each with a snippet and the call that reads just that section. Cheaper than whole topics.",
        "To find a fact, call " + name + " and read only the sections it points to.",
        params, output, new Tool.Cli("search", QUERY, List.of()),
        List.of(Map.of(QUERY, "sort an array of objects"), Map.of(QUERY, "session state", API, "run", LIMIT, 3)),
        search::index, search::answer);
  }

  /** The names of the documented APIs, as hits and the {@code api} filter name them. */
  static List<String> apis(Library library) {
    List<String> apis = new ArrayList<>(library.apis().stream().map(api -> api.index().api()).toList());
    apis.add("xanoscript");
    return List.copyOf(apis);
  }

  private synchronized SearchIndex index() {
    if (index == null) {
      index = build(library);
    }
    return index;
  }

  /**
   * The index of the docs with every name of the engine's tables (a name no section shows still
   * gets a hit that says what it is), as synonyms other languages' names for them, and the
   * questions the server ships ({@link Asked}).
   */
  public static SearchIndex build(Library library) {
    return build(library, Asked.load());
  }

  /** The index of {@link #build(Library)} with the {@code asked} questions instead of those the server ships. */
  public static SearchIndex build(Library library, List<Asked.Question> asked) {
    Checker checker = Checker.get();
    List<Symbol> symbols = new ArrayList<>();
    checker.names().forEach((name, kind) -> symbols.add(new Symbol(name, kind)));
    Map<String, List<String>> synonyms = new HashMap<>(Synonyms.CONCEPTS);
    Checker.foreignNames().forEach((foreign, name) -> {
      if (!name.contains(" ")) {
        synonyms.merge(foreign, List.of(name), (a, b) -> a);
      }
    });
    return SearchIndex.of(library, symbols, synonyms, asked);
  }

  private Answer answer(Args args, Context context) {
    String query = args.text(QUERY).orElseThrow();
    if (query.isBlank()) {
      throw new ToolInputException(args.name(QUERY) + " is empty: give the words to look for, e.g. \"sort an array\".");
    }
    List<Hit> hits = index().search(query, args.text(API).orElse(null), args.integer(LIMIT).orElseThrow());
    List<Map<String, Object>> data = new ArrayList<>();
    for (Hit hit : hits) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("title", hit.title());
      fields.put("bytes", hit.bytes());
      fields.put("snippet", hit.snippet());
      fields.put("call", Map.of("tool", hit.call().tool(), "arguments", hit.call().arguments()));
      data.add(fields);
    }
    String markdown = hits.isEmpty() ? nothing(query) : markdown(query, hits, context.calls());
    return Answer.data(markdown, Map.of("hits", data));
  }

  /** The Markdown of a search: one numbered entry per hit, with its size, call and snippet. */
  public static String markdown(String query, List<Hit> hits, Call.Style calls) {
    StringBuilder md = new StringBuilder("Best sections for \"").append(Args.cut(query)).append("\":\n");
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
    return "No section matches \"" + Args.cut(query) + "\"."
        + (topics.isEmpty() ? "" : " Closest topics: `" + String.join("`, `", topics) + "`.")
        + (terms.isEmpty() ? "" : " Closest names in the docs: `" + String.join("`, `", terms) + "`.")
        + " Try other words or a name such as `db.query`.\n";
  }
}
