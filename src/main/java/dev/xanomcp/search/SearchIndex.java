package dev.xanomcp.search;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.Names;
import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every section of every topic of the three APIs, ranked for a question with BM25F: a section's
 * heading and the names it shows count far more than its prose. Written here rather than taken
 * from Lucene: on this project's evaluation set it ranks as well, in a few hundred lines, without
 * 5 MB of jars to open at start-up (see bench/search for the comparison).
 */
public final class SearchIndex {
  /** The fields of a section, with their weight and length normalisation. */
  enum Field {
    TITLE(8.0, 0.3),
    PATH(2.0, 0.3),
    SYMBOLS(3.0, 0.5),
    CODE(1.0, 0.75),
    BODY(1.0, 0.75);

    final double weight;
    final double b;

    Field(double weight, double b) {
      this.weight = weight;
      this.b = b;
    }
  }

  private static final double K1 = 1.2;
  private static final String QUICK_REFERENCE = "quick-reference";
  private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");

  /**
   * One indexed section, or one name of the language that no section shows: then {@code note}
   * says so and {@code call} reads the closest section.
   */
  record Doc(String api, String topic, String sectionId, String title, String text, String note, Call call, List<String> fields, List<Map<String, Integer>> terms, int[] lengths) {}

  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final double[] averageLength = new double[Field.values().length];
  /** Terms of headings and names: what a misspelt query word is matched against. */
  private final Set<String> names = new HashSet<>();
  private final List<String> topics = new ArrayList<>();
  /** The documents of names no section shows, with their closest section, once worked out. */
  private final Map<String, Doc> nearest = new java.util.concurrent.ConcurrentHashMap<>();
  private String xanoscriptTool;
  /** Query terms and the names they stand for. */
  private final Map<String, List<String>> synonyms = new HashMap<>();
  private final List<String> apis = new ArrayList<>();

  private SearchIndex() {}

  /**
   * The index of everything {@code library} documents, with the language's {@code symbols} and
   * {@code synonyms}: words a question may use (another language's name for a filter, a plain
   * word for a concept) and the names the docs use for them.
   */
  public static SearchIndex of(Library library, List<Symbol> symbols, Map<String, List<String>> synonyms) {
    SearchIndex index = new SearchIndex();
    synonyms.forEach((word, names) -> {
      List<String> terms = Tokenizer.terms(word);
      if (terms.size() == 1) {
        index.synonyms.merge(terms.get(0), List.copyOf(names), (a, b) -> {
          List<String> both = new ArrayList<>(a);
          b.stream().filter(n -> !both.contains(n)).forEach(both::add);
          return both;
        });
      }
    });
    // One task a topic: reading, rendering and tokenising them on both cores halves the build.
    List<Supplier<List<Doc>>> topics = new ArrayList<>();
    for (ApiCatalog api : library.apis()) {
      index.apis.add(api.index().api());
      for (String name : api.names()) {
        index.topics.add(name);
        topics.add(() -> {
          var topic = api.find(name).orElseThrow();
          String markdown = ApiRenderer.render(api.index(), topic, Detail.FULL, true, Call.MCP);
          return docs(api.index().api(), name, topic.title(), List.of(), "", markdown, id -> Call.of(api.index().tool(), "topic", name, "section", id));
        });
      }
    }
    ScriptCatalog xanoscript = library.xanoscript();
    index.xanoscriptTool = xanoscript.tool();
    index.apis.add("xanoscript");
    for (ScriptTopic topic : xanoscript.topics()) {
      index.topics.add(topic.name());
      List<String> extra = new ArrayList<>(topic.aliases());
      extra.add(topic.name());
      topics.add(() -> docs("xanoscript", topic.name(), topic.title(), extra, topic.description(), xanoscript.body(topic),
          id -> Call.of(xanoscript.tool(), "topic", topic.name(), "section", id)));
    }
    topics.parallelStream().map(Supplier::get).toList().forEach(index.docs::addAll);
    index.addSymbols(symbols);
    index.finish();
    return index;
  }

  private interface Reader {
    Call read(String sectionId);
  }

  /**
   * The sections of one topic as documents. Its name and {@code aliases} count as words of its intro's
   * heading, its {@code about} (a one-line description) as words of the path of every section.
   */
  private static List<Doc> docs(String api, String topic, String topicTitle, List<String> aliases, String about, String markdown, Reader reader) {
    List<Doc> docs = new ArrayList<>();
    for (Section section : Sections.of(markdown)) {
      StringBuilder code = new StringBuilder();
      StringBuilder text = new StringBuilder();
      split(section.ownBody(markdown), code, text);
      String prose = text.toString();
      StringBuilder symbols = new StringBuilder();
      Matcher inline = INLINE.matcher(prose);
      while (inline.find()) {
        symbols.append(inline.group(1)).append('\n');
      }
      boolean intro = section.id().equals(Sections.INTRO);
      String title = section.title() + (intro ? "\n" + topic : "");
      String path = topicTitle + "\n" + (intro ? about + "\n" + String.join("\n", aliases) : String.join("\n", section.path().subList(0, section.path().size() - 1)));
      String shown = topicTitle + (intro ? "" : " › " + section.breadcrumb());
      docs.add(doc(api, topic, section.id(), shown, section.text(markdown), null, reader.read(section.id()), title, path, symbols.toString(), code.toString(), prose));
    }
    return docs;
  }

  /** Splits Markdown into the lines of its code blocks and the rest. */
  private static void split(String markdown, StringBuilder code, StringBuilder prose) {
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        fence = trimmed.substring(0, 3);
      } else if (fence != null && trimmed.startsWith(fence) && trimmed.replace(fence.substring(0, 1), "").isEmpty()) {
        fence = null;
      } else {
        (fence == null ? prose : code).append(line).append('\n');
      }
    }
  }

  /** A document whose fields hold {@code texts}, one per {@link Field}, in order. */
  private static Doc doc(String api, String topic, String sectionId, String shown, String text, String note, Call call, String... texts) {
    List<Map<String, Integer>> terms = new ArrayList<>();
    int[] lengths = new int[Field.values().length];
    for (Field field : Field.values()) {
      Map<String, Integer> counts = new HashMap<>();
      for (String term : Tokenizer.terms(texts[field.ordinal()])) {
        counts.merge(term, 1, Integer::sum);
        lengths[field.ordinal()]++;
      }
      terms.add(counts);
    }
    return new Doc(api, topic, sectionId, shown, text, note, call, List.of(texts), terms, lengths);
  }

  /**
   * The language's names that no section shows become documents of their own, which say what the
   * name is and point at the section closest to it, so that asking for one is never a dead end.
   * Which section is closest is worked out when such a document is first found (see {@link #near}).
   */
  private void addSymbols(List<Symbol> symbols) {
    Set<String> shown = new HashSet<>();
    docs.forEach(doc -> doc.terms().forEach(field -> shown.addAll(field.keySet())));
    for (Symbol symbol : symbols) {
      if (!shown.contains(symbol.name().toLowerCase(java.util.Locale.ROOT))) {
        String title = "`" + symbol.name() + "` (" + symbol.kind() + ")";
        docs.add(doc("xanoscript", null, null, title, "", symbol.kind(), null, symbol.name(), symbol.kind(), symbol.name(), "", ""));
      }
    }
  }

  /** The document itself, or for a name no section shows, that name's document with its closest section. */
  Doc resolve(Doc doc) {
    return doc.topic() == null ? near(doc) : doc;
  }

  /** A name's document with its closest section filled in: the best section for the name's words. */
  private Doc near(Doc symbol) {
    return nearest.computeIfAbsent(symbol.title(), key -> {
      String name = symbol.fields().get(Field.TITLE.ordinal());
      List<Hit> closest = search(name.replace('.', ' ').replace('_', ' '), "xanoscript", 1, false);
      Hit near = closest.isEmpty() ? null : closest.get(0);
      String note = "`" + name + "` is a XanoScript " + symbol.note() + " (in the engine's tables); no section of these docs shows it."
          + (near == null ? "" : " Closest: " + near.title() + ".");
      Call call = near == null ? Call.of(xanoscriptTool) : near.call();
      return new Doc(symbol.api(), near == null ? "" : near.topic(), near == null ? "" : near.section(), symbol.title(), note, note,
          call, symbol.fields(), symbol.terms(), symbol.lengths());
    });
  }


  private void finish() {
    for (Doc doc : docs) {
      names.addAll(doc.terms().get(Field.TITLE.ordinal()).keySet());
      names.addAll(doc.terms().get(Field.SYMBOLS.ordinal()).keySet());
    }
    for (int d = 0; d < docs.size(); d++) {
      Set<String> seen = new HashSet<>();
      for (Map<String, Integer> field : docs.get(d).terms()) {
        seen.addAll(field.keySet());
      }
      for (String term : seen) {
        postings.computeIfAbsent(term, t -> new ArrayList<>()).add(d);
      }
    }
    for (Field field : Field.values()) {
      averageLength[field.ordinal()] = docs.stream().mapToInt(d -> d.lengths()[field.ordinal()]).average().orElse(1);
    }
  }

  /** The APIs this index searches, as hits name them. */
  public List<String> apis() {
    return List.copyOf(apis);
  }

  /** The query's terms and weights as {@link #search} uses them. */
  Map<String, Double> terms(String query) {
    return expand(Tokenizer.weighted(query));
  }

  /** The sections that best answer {@code query} among those of {@code api} (all APIs if null), best first. */
  public List<Hit> search(String query, String api, int limit) {
    return search(query, api, limit, true);
  }

  private List<Hit> search(String query, String api, int limit, boolean names) {
    Map<String, Double> wanted = expand(Tokenizer.weighted(query));
    Map<Integer, Double> scores = new HashMap<>();
    for (Map.Entry<String, Double> term : wanted.entrySet()) {
      List<Integer> found = postings.getOrDefault(term.getKey(), List.of());
      if (found.isEmpty()) {
        continue;
      }
      double idf = Math.log(1 + (docs.size() - found.size() + 0.5) / (found.size() + 0.5));
      for (int d : found) {
        Doc doc = docs.get(d);
        if (api != null && !doc.api().equals(api) || !names && doc.topic() == null) {
          continue;
        }
        double tf = 0;
        for (Field field : Field.values()) {
          int count = doc.terms().get(field.ordinal()).getOrDefault(term.getKey(), 0);
          if (count > 0) {
            double norm = 1 - field.b + field.b * doc.lengths()[field.ordinal()] / averageLength[field.ordinal()];
            tf += field.weight * count / norm;
          }
        }
        scores.merge(d, term.getValue() * idf * tf / (K1 + tf), Double::sum);
      }
    }
    // A topic's quick reference repeats its sections in brief: it matches many questions a little,
    // so it yields to a section about the question when both match.
    scores.replaceAll((d, score) -> QUICK_REFERENCE.equals(docs.get(d).sectionId()) ? score * 0.8 : score);
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<Integer, Double> entry : ranked) {
      if (hits.size() == limit) {
        break;
      }
      hits.add(hit(resolve(docs.get(entry.getKey())), wanted.keySet()));
    }
    return hits;
  }

  /** Topic names closest to the query's words, for an answer without hits. */
  public List<String> suggestions(String query) {
    List<String> found = new ArrayList<>();
    for (String term : Tokenizer.terms(query)) {
      Names.closest(term, topics).filter(t -> !found.contains(t)).ifPresent(found::add);
    }
    return found;
  }

  /** Names the docs use that are nearest to the query's words, for an answer without hits. */
  public List<String> nearTerms(String query) {
    List<String> found = new ArrayList<>();
    for (String term : Tokenizer.query(query)) {
      String best = null;
      int bestDistance = 3;
      for (String name : names) {
        int distance = Names.distance(term, name, 2);
        if (distance < bestDistance && name.length() > 2) {
          best = name;
          bestDistance = distance;
        }
      }
      if (best != null && !found.contains(best)) {
        found.add(best);
      }
    }
    return found;
  }

  /**
   * The query's terms with their weights: each term at 1, and for a term no section has, the
   * names one or two edits away at a lower weight, so that a misspelt name is still found.
   */
  private Map<String, Double> expand(Map<String, Double> terms) {
    Map<String, Double> wanted = new LinkedHashMap<>(terms);
    terms.forEach((term, weight) -> {
      for (String name : synonyms.getOrDefault(term, List.of())) {
        for (String part : Tokenizer.terms(name)) {
          wanted.merge(part, (part.equals(name.toLowerCase(java.util.Locale.ROOT)) ? 0.6 : 0.3) * weight, Math::max);
        }
      }
      if (!postings.containsKey(term) && term.length() >= 4) {
        int allowed = term.length() >= 8 ? 2 : 1;
        for (String name : names) {
          if (Math.abs(name.length() - term.length()) <= allowed && Names.distance(term, name, allowed) <= allowed) {
            wanted.merge(name, 0.8 * weight, Math::max);
          }
        }
      }
    });
    return wanted;
  }

  /** The indexed documents, for comparing this ranking with another (bench/search). */
  List<Doc> docs() {
    return docs;
  }

  /** The hit a document gives for {@code terms}. */
  static Hit hit(Doc doc, java.util.Collection<String> terms) {
    String snippet = doc.note() != null ? doc.note() : Snippets.around(doc.text(), terms);
    return new Hit(doc.api(), doc.topic(), doc.sectionId(), doc.title(), snippet, doc.call(), Sections.bytes(doc.text()));
  }
}
