package dev.xanomcp.search;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.Names;
import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Sections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every section of every topic of the documented APIs, ranked for a question with BM25F: a
 * section's heading and the names it shows count far more than its prose. A question that names
 * an API ("with the Meta API") searches that API, one that names none leans to the language; words of one family meet ("paginate",
 * "pagination"); an intro, a quick reference or an index of topics yields to the section about
 * the question. Written here rather than taken from Lucene: it ranks better on this project's
 * evaluation, in a few hundred lines, without 5 MB of jars to open at start-up (bench/search).
 *
 * <p>Every search is bounded whatever the question: at most {@link Query#MAX_TERMS} terms, each
 * of at most {@link Tokenizer#MAX_TOKEN} characters, of which at most {@link #MAX_FUZZY} unknown
 * ones are compared letter by letter with names of a similar length.
 */
public final class SearchIndex {
  private static final double K1 = 2.0;
  /** How much more a section counts when its heading holds all the question's words. */
  private static final double HEADING = 0.5;
  /** What an overview (an intro, a quick reference, an index of topics) keeps of its score. */
  private static final double OVERVIEW = 0.5;
  /**
   * What a section of the Run API, Meta API or CLI keeps of its score for a question that names no
   * API: most questions are about the language, and those APIs' many short endpoint sections
   * ("DELETE /workspace/{workspace_id}/table/{table_id}", "delete remove") match its everyday
   * words ("remove a key from an object") by their headings alone.
   */
  private static final double UNNAMED_API = 0.7;
  /** The most unknown words of a question compared letter by letter with the docs' names. */
  static final int MAX_FUZZY = 6;
  /** Sections a word may appear in and still be rare: its synonyms count fully. */
  private static final int RARE = 5;
  /** The longest phrase of the synonyms, in words; a longer one is ignored. */
  static final int MAX_PHRASE = 6;
  /**
   * A word of a lexicon phrase, between two others, that stands for a few words of the question,
   * whatever they are ("keep only * keys" is "keep only the id, name and email keys"): the part a
   * task names. An operator that holds the character ("*=", "**") is no slot.
   */
  static final String SLOT = "*";
  /** A {@link #SLOT} written as a word of its own. */
  private static final Pattern SLOT_WORD = Pattern.compile("(?<!\\S)\\*(?!\\S)");
  /** The most words a {@link #SLOT} stands for, not counting the {@link #GAP_WORDS}. */
  private static final int SLOT_WORDS = 4;
  /** What a word a {@link #SLOT} holds keeps of its weight. */
  private static final double HELD = 0.5;
  /** How many {@link #GAP_WORDS} a phrase may skip between two of its words. */
  private static final int PHRASE_GAP = 2;
  /**
   * Words a phrase may skip between two of its words ("pause a task" is "pause task", "the
   * caller's ip" is "caller ip", "a project, a run and a session" is "project run session"),
   * besides numbers.
   */
  private static final Set<String> GAP_WORDS = Set.of("a", "an", "the", "my", "your", "our", "their", "its", "this", "that", "some", "all", "s", "and",
      "one", "two", "three", "four", "five", "ten");
  /** What the name a synonym stands for counts, against the question's own words. */
  private static final double SYNONYM = 0.6;
  /** How much more a synonym counts when the docs never use the word itself: it is all the question says. */
  private static final double ABSENT = 1.5;
  /** What a word the docs write as one counts when a question writes it as two: a guess. */
  private static final double JOINED = 0.5;
  /** What the name a phrase of the lexicon stands for counts: a phrase is more specific than a word. */
  private static final double PHRASE = 0.8;

  /**
   * How much more a section counts when the question writes its heading's name whole ("xano profile
   * me" names the command {@code profile me}): the words of a name may be short or common ("me",
   * "set", "all") and count little as words, but together they are the name.
   */
  private static final double NAMED = 1.0;

  /** The word before a command of the CLI in a shell. */
  private static final String XANO = "xano";

  /** Words joined by slashes in a question, as a path or a URL writes them ("run/exec"). */
  private static final Pattern SLASHED = Pattern.compile("[A-Za-z0-9_{}:.-]+(?:/[A-Za-z0-9_{}:.-]+)+");
  /** An endpoint as a question writes it: a method in capitals and a path ("PATCH /session/{id}"). */
  private static final Pattern METHOD_PATH = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE)\\s+(/[A-Za-z0-9_{}:.-]+(?:/[A-Za-z0-9_{}:.-]+)*)");
  /** A segment of a path that is a parameter: a name in braces or a number. */
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]*}|[0-9]+");

  /** A phrase of the synonyms: its words (first terms, in order) and the names it stands for. */
  private record Phrase(List<String> words, List<String> names) {}

  /** The name a section's heading gives it, as words (first terms, in order), and the section. */
  private record Heading(List<String> words, int doc) {}

  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final double[] averageLength = new double[Field.values().length];
  /** Terms of headings and names, by length: what a misspelt query word is matched against. */
  private final Map<Integer, List<String>> namesByLength = new HashMap<>();
  private final List<String> topics = new ArrayList<>();
  /** The terms of each topic's name, by {@code api/topic}. */
  private final Map<String, Set<String>> topicTerms = new HashMap<>();
  /** The documents of names no section shows, with their closest section, once worked out. */
  private final Map<String, Doc> nearest = new ConcurrentHashMap<>();
  private String xanoscriptTool;
  /** Query terms and the names they stand for. */
  private final Map<String, List<String>> synonyms = new HashMap<>();
  /** Synonyms written in capitals, as keywords of SQL are ("LIMIT", "LIKE"), and the names they stand for. */
  private final Map<String, List<String>> keywords = new HashMap<>();
  /** Operators of other languages ("??", "+=") and the names they stand for. */
  private final Map<String, List<String>> operators = new HashMap<>();
  /** Phrases of several words and the names they stand for, by their first word. */
  private final Map<String, List<Phrase>> phrases = new HashMap<>();
  /** The APIs whose sections show each name of the synonyms: a name is added only where one of them is searched. */
  private final Map<String, Set<String>> nameApis = new HashMap<>();
  /** The terms a name of the synonyms adds to a question, with the share of the weight each gets. */
  private final Map<String, Map<String, Double>> nameTerms = new HashMap<>();
  private final List<String> apis = new ArrayList<>();
  /**
   * Two words that follow each other in the path of an endpoint ("run/exec"), with the APIs whose
   * paths have them so: a question that writes them names the API.
   */
  private final Map<String, Set<String>> pathPairs = new HashMap<>();
  /** Each endpoint's method and the shape of its path ("PATCH /session/{}"), with the APIs that have it. */
  private final Map<String, Set<String>> endpoints = new HashMap<>();
  /** The names of several words the sections' headings give, by their first word. */
  private final Map<String, List<Heading>> headingNames = new HashMap<>();
  /** The names the language's section headings show, and no other API's sections show. */
  private final Set<String> headings = new HashSet<>();
  private ApiNames apiNames;
  private Families families;

  private SearchIndex() {}

  /**
   * The index of everything {@code library} documents, with the language's {@code symbols} and
   * {@code synonyms}: words a question may use (another language's name for a filter, a plain
   * word for a concept) and the names the docs use for them.
   */
  public static SearchIndex of(Library library, List<Symbol> symbols, Map<String, List<String>> synonyms) {
    return of(library, symbols, synonyms, List.of());
  }

  /**
   * The index of {@link #of(Library, List, Map)}, in which each section is also found by the words
   * of the {@code asked} questions it answers.
   */
  public static SearchIndex of(Library library, List<Symbol> symbols, Map<String, List<String>> synonyms, List<Asked.Question> asked) {
    Map<String, String> askedText = Asked.bySection(asked);
    SearchIndex index = new SearchIndex();
    synonyms.forEach((word, names) -> {
      List<String> tokens = new ArrayList<>();
      Tokenizer.tokens(word, tokens::add);
      names.forEach(name -> index.nameTerms.computeIfAbsent(name, SearchIndex::termsOfName));
      if (tokens.isEmpty() && !word.isBlank() || Tokenizer.isOperator(word.strip())) {
        index.operators.merge(word.strip(), List.copyOf(names), SearchIndex::union);
      } else if (tokens.size() == 1 && !hasSlot(word)) {
        // A word in capitals is a keyword ("LIMIT", "DAY()"): it stands for its names only where a
        // question writes it in capitals too, not for the English word ("limit", "day").
        String term = Tokenizer.termsOf(tokens.get(0)).get(0);
        boolean keyword = word.strip().equals(word.strip().toUpperCase(Locale.ROOT)) && !word.strip().equals(word.strip().toLowerCase(Locale.ROOT));
        (keyword ? index.keywords : index.synonyms).merge(term, List.copyOf(names), SearchIndex::union);
      } else {
        List<String> words = phraseWords(word);
        if (words.size() > 1) {
          index.phrases.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Phrase(words, List.copyOf(names)));
        }
      }
    });
    // One task a topic: reading, rendering and tokenising them on both cores halves the build.
    List<Supplier<List<Doc>>> topics = new ArrayList<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (ApiCatalog api : library.apis()) {
      String id = api.index().api();
      index.apis.add(id);
      titles.put(id, api.index().title());
      Set<String> names = Set.copyOf(api.names());
      Set<String> paths = new HashSet<>();
      api.names().forEach(name -> api.find(name).ifPresent(topic -> topic.endpoints().forEach(endpoint -> {
        paths.add(endpoint.path());
        index.endpoints.computeIfAbsent(shape(endpoint.method(), endpoint.path()), e -> new HashSet<>()).add(id);
      })));
      paths.forEach(path -> index.addPathPairs(id, path));
      for (String name : api.names()) {
        index.addTopic(id, name);
        String about = api.index().entry(name).map(e -> e.about()).orElse("");
        topics.add(() -> {
          var topic = api.find(name).orElseThrow();
          String markdown = ApiRenderer.render(api.index(), topic, Detail.FULL, true, Call.MCP);
          return Documents.of(new Documents.Topic(id, name, topic.title(), List.of(), about, markdown, names, paths, false,
              section -> Call.of(api.index().tool(), Call.TOPIC, name, Call.SECTION, section)), askedText);
        });
      }
    }
    ScriptCatalog xanoscript = library.xanoscript();
    index.xanoscriptTool = xanoscript.tool();
    index.apis.add("xanoscript");
    Set<String> scriptTopics = Set.copyOf(xanoscript.names());
    for (ScriptTopic topic : xanoscript.topics()) {
      index.addTopic("xanoscript", topic.name());
      List<String> extra = new ArrayList<>(topic.aliases());
      extra.add(topic.name());
      topics.add(() -> Documents.of(new Documents.Topic("xanoscript", topic.name(), topic.title(), extra, topic.description(),
          xanoscript.body(topic), scriptTopics, Set.of(), topic.digest(), section -> Call.of(xanoscript.tool(), Call.TOPIC, topic.name(), Call.SECTION, section)),
          askedText));
    }
    topics.parallelStream().map(Supplier::get).toList().forEach(index.docs::addAll);
    index.apiNames = new ApiNames(titles, "xanoscript");
    index.addSymbols(symbols);
    index.finish();
    return index;
  }

  private void addTopic(String api, String name) {
    topics.add(name);
    topicTerms.put(api + "/" + name, Set.copyOf(Tokenizer.terms(name.replace('_', ' '))));
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
      List<String> terms = Tokenizer.termsOf(symbol.name().toLowerCase(Locale.ROOT));
      if (!terms.isEmpty() && !shown.contains(terms.get(0))) {
        String title = "`" + symbol.name() + "` (" + symbol.kind() + ")";
        docs.add(Documents.doc("xanoscript", null, null, title, "", symbol.kind(), null, false, symbol.name(), symbol.kind(), symbol.name(), "", "", "", ""));
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
          call, symbol.fields(), symbol.terms(), symbol.lengths(), false);
    });
  }

  private void finish() {
    Set<String> names = new HashSet<>();
    Set<String> vocabulary = new HashSet<>();
    for (Doc doc : docs) {
      names.addAll(doc.terms().get(Field.TITLE.ordinal()).keySet());
      names.addAll(doc.terms().get(Field.SYMBOLS.ordinal()).keySet());
      doc.terms().forEach(field -> vocabulary.addAll(field.keySet()));
    }
    names.stream().filter(n -> n.length() > 2).forEach(n -> namesByLength.computeIfAbsent(n.length(), k -> new ArrayList<>()).add(n));
    namesByLength.values().forEach(list -> list.sort(null));
    families = new Families(vocabulary);
    Set<String> elsewhere = new HashSet<>();
    for (Doc doc : docs) {
      if (doc.topic() != null) {
        (doc.api().equals("xanoscript") ? headings : elsewhere).addAll(doc.terms().get(Field.TITLE.ordinal()).keySet());
      }
    }
    headings.removeAll(elsewhere);
    for (int d = 0; d < docs.size(); d++) {
      Doc doc = docs.get(d);
      if (doc.topic() != null && !Sections.INTRO.equals(doc.sectionId())) {
        List<String> words = new ArrayList<>();
        Tokenizer.tokens(doc.title().substring(doc.title().lastIndexOf('›') + 1), token -> words.add(Tokenizer.termsOf(token).get(0)));
        if (words.size() > 1 && words.size() <= MAX_PHRASE) {
          headingNames.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Heading(List.copyOf(words), d));
        }
      }
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
    nameTerms.forEach((name, terms) -> {
      Set<String> apis = new HashSet<>();
      terms.keySet().stream().findFirst().ifPresent(first -> postings.getOrDefault(first, List.of()).forEach(d -> apis.add(docs.get(d).api())));
      nameApis.put(name, apis);
    });
  }

  /** The APIs this index searches, as hits name them. */
  public List<String> apis() {
    return List.copyOf(apis);
  }

  /** The query's terms and weights as {@link #search} uses them. */
  Map<String, Double> terms(String query) {
    return expand(Query.of(query, apiNames), null);
  }

  /**
   * The sections that best answer {@code query} among those of {@code api} (if null: of the APIs
   * the query names, else of all), best first.
   */
  public List<Hit> search(String query, String api, int limit) {
    return search(query, api, limit, true);
  }

  private List<Hit> search(String text, String api, int limit, boolean names) {
    Query query = withWritten(Query.of(text, apiNames), text);
    Map<String, Double> wanted = expand(query, api);
    Set<String> within = api != null ? Set.of(api) : withLanguage(query);
    Map<String, Boolean> named = named(query.terms().keySet());
    Map<Integer, Double> scores = score(wanted, within, query.leanings(), named, names);
    if (scores.isEmpty() && api == null && !within.isEmpty()) {
      scores = score(wanted, Set.of(), query.leanings(), named, names);
    }
    for (int d : namedSections(query.words())) {
      scores.computeIfPresent(d, (doc, score) -> score * (1 + NAMED));
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<Hit> hits = new ArrayList<>();
    Set<String> sections = new HashSet<>();
    Map<String, Double> weights = weights(wanted);
    for (Map.Entry<Integer, Double> entry : ranked) {
      if (hits.size() == limit) {
        break;
      }
      Doc doc = resolve(docs.get(entry.getKey()));
      // A name no section shows points at a section: each section is shown once.
      if (sections.add(doc.api() + "/" + doc.topic() + "#" + doc.sectionId())) {
        hits.add(hit(doc, weights));
      }
    }
    return hits;
  }

  /** Notes the pairs of words that follow each other in an endpoint's path ("run/exec"), as the API's. */
  private void addPathPairs(String api, String path) {
    String[] segments = path.split("/");
    for (int i = 1; i < segments.length; i++) {
      if (!segments[i - 1].isEmpty() && !segments[i - 1].startsWith("{") && !segments[i].startsWith("{")) {
        pathPairs.computeIfAbsent(segments[i - 1] + "/" + segments[i], p -> new HashSet<>()).add(api);
      }
    }
  }

  /** An endpoint's method and path with each parameter as {@code {}}: "PATCH /session/{}". */
  private static String shape(String method, String path) {
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      segments[i] = PARAMETER.matcher(segments[i]).matches() ? "{}" : segments[i].toLowerCase(Locale.ROOT);
    }
    return method + " " + String.join("/", segments);
  }

  /**
   * The query naming also the API the question writes something of, when that is one API: two
   * words of its endpoints' paths joined by a slash, as a path or URL writes them ("404 on
   * .../run/exec"), one of its endpoints as method and path ("PATCH /session/{id}"), or one of its
   * commands after "xano" ("xano workflow_test get").
   */
  private Query withWritten(Query query, String text) {
    Set<String> found = new HashSet<>();
    Matcher slashed = SLASHED.matcher(text.length() > Query.QUOTE_SCAN ? text.substring(0, Query.QUOTE_SCAN) : text);
    while (slashed.find()) {
      String[] segments = slashed.group().toLowerCase(Locale.ROOT).split("/");
      for (int i = 1; i < segments.length; i++) {
        found.addAll(pathPairs.getOrDefault(segments[i - 1] + "/" + segments[i], Set.of()));
      }
    }
    Matcher written = METHOD_PATH.matcher(text.length() > Query.QUOTE_SCAN ? text.substring(0, Query.QUOTE_SCAN) : text);
    while (written.find()) {
      found.addAll(endpoints.getOrDefault(shape(written.group(1), written.group(2)), Set.of()));
    }
    found.addAll(commands(query.words()));
    if (found.size() != 1 || query.apis().containsAll(found)) {
      return query;
    }
    Set<String> apis = new HashSet<>(query.apis());
    apis.addAll(found);
    return new Query(query.terms(), apis, query.leanings(), query.words(), query.operators());
  }

  /**
   * The APIs whose section heading of several words the question writes whole right after "xano",
   * as a shell runs a command of the CLI ("xano workflow_test get").
   */
  private Set<String> commands(List<Query.Word> words) {
    Set<String> apis = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      Checkpoint.check();
      if (words.get(i).term().equals(XANO)) {
        for (Heading heading : headingNames.getOrDefault(words.get(i + 1).term(), List.of())) {
          if (writes(words, i + 1, heading)) {
            apis.add(docs.get(heading.doc()).api());
          }
        }
      }
    }
    return apis;
  }

  /** The sections whose heading's name of several words the question writes whole, word after word. */
  private Set<Integer> namedSections(List<Query.Word> words) {
    Set<Integer> found = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Checkpoint.check();
      for (Heading heading : headingNames.getOrDefault(words.get(i).term(), List.of())) {
        if (writes(words, i, heading)) {
          found.add(heading.doc());
        }
      }
    }
    return found;
  }

  /** Whether {@code words} write the name {@code heading} gives its section whole from {@code start}, none negated. */
  private static boolean writes(List<Query.Word> words, int start, Heading heading) {
    int k = 0;
    while (k < heading.words().size() && start + k < words.size() && !words.get(start + k).negated()
        && words.get(start + k).term().equals(heading.words().get(k))) {
      k++;
    }
    return k == heading.words().size();
  }

  /**
   * The APIs a question names, and the language too when it also names a statement that only the
   * language's headings name ("run.service with a pre function, for the Run API"): the APIs run
   * and store XanoScript, which the language's docs explain. For the same reason a question that
   * names only the language and uses an API from outside ("send XanoScript from my Python script")
   * searches that API too.
   */
  private Set<String> withLanguage(Query query) {
    if (query.apis().equals(Set.of("xanoscript")) && !query.leanings().isEmpty()) {
      Set<String> both = new HashSet<>(query.apis());
      both.addAll(query.leanings());
      return both;
    }
    if (query.apis().isEmpty() || query.apis().contains("xanoscript")) {
      return query.apis();
    }
    for (String term : query.terms().keySet()) {
      if (Tokenizer.isCompound(term) && headings.contains(term)) {
        Set<String> both = new HashSet<>(query.apis());
        both.add("xanoscript");
        return both;
      }
    }
    return query.apis();
  }

  /**
   * The topics (as {@code api/topic}) whose every word is among {@code terms} ("unit test" names
   * unit-testing), each with whether the terms are only its words (the question is the topic).
   */
  private Map<String, Boolean> named(Set<String> terms) {
    Map<String, Boolean> named = new HashMap<>();
    topicTerms.forEach((topic, words) -> {
      if (words.size() > 1 && terms.containsAll(words)) {
        named.put(topic, words.containsAll(terms));
      }
    });
    return named;
  }

  /**
   * BM25F scores of the documents of {@code within} (all APIs if empty) for the weighted terms; an
   * overview yields to the sections about the question, unless the question names its topic.
   */
  private Map<Integer, Double> score(Map<String, Double> wanted, Set<String> within, Set<String> leanings, Map<String, Boolean> named,
      boolean names) {
    Map<Integer, Double> scores = new HashMap<>();
    Map<Integer, Double> headed = new HashMap<>();
    double all = 0;
    for (Map.Entry<String, Double> term : wanted.entrySet()) {
      Checkpoint.check();
      List<Integer> found = postings.getOrDefault(term.getKey(), List.of());
      if (found.isEmpty()) {
        continue;
      }
      double idf = idf(found.size());
      all += term.getValue() * idf;
      for (int d : found) {
        Doc doc = docs.get(d);
        if (!within.isEmpty() && !within.contains(doc.api()) || !names && doc.topic() == null) {
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
        if (doc.terms().get(Field.TITLE.ordinal()).containsKey(term.getKey()) || doc.terms().get(Field.PATH.ordinal()).containsKey(term.getKey())) {
          headed.merge(d, term.getValue() * idf, Double::sum);
        }
      }
    }
    double total = all;
    scores.replaceAll((d, score) -> score * (1 + HEADING * headed.getOrDefault(d, 0.0) / total));
    // An overview matches many questions a little: it yields to a section about the question.
    scores.replaceAll((d, score) -> docs.get(d).overview() && !keepsOverview(docs.get(d), named) ? score * OVERVIEW : score);
    if (within.isEmpty()) {
      scores.replaceAll((d, score) -> docs.get(d).api().equals("xanoscript") || leanings.contains(docs.get(d).api()) ? score : score * UNNAMED_API);
    }
    return scores;
  }

  /**
   * Whether an overview keeps its whole score: the question names its topic, and for an intro,
   * which only says what the topic covers, the question is nothing but the topic's name.
   */
  private static boolean keepsOverview(Doc doc, Map<String, Boolean> named) {
    Boolean only = named.get(doc.api() + "/" + doc.topic());
    return only != null && (only || !Sections.INTRO.equals(doc.sectionId()));
  }

  /** Topic names closest to the query's words, for an answer without hits. */
  public List<String> suggestions(String query) {
    List<String> found = new ArrayList<>();
    for (String term : Query.of(query, apiNames).terms().keySet()) {
      Checkpoint.check();
      Names.closest(term, topics).filter(t -> !found.contains(t)).ifPresent(found::add);
    }
    return found;
  }

  /** Names the docs use that are nearest to the query's words, for an answer without hits. */
  public List<String> nearTerms(String query) {
    List<String> found = new ArrayList<>();
    for (String term : Query.of(query, apiNames).terms().keySet()) {
      Checkpoint.check();
      String best = null;
      int bestDistance = 3;
      for (int length = term.length() - 2; length <= term.length() + 2; length++) {
        for (String name : namesByLength.getOrDefault(length, List.of())) {
          int distance = Names.distance(term, name, bestDistance - 1);
          if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
          }
        }
      }
      if (best != null && !found.contains(best)) {
        found.add(best);
      }
    }
    return found;
  }

  /**
   * The query's terms with their weights: each term as given; the names a synonym stands for and
   * the other words of a term's family, at a lower weight; for the first few terms no section
   * has, the names one or two edits away, so that a misspelt name is still found.
   */
  private Map<String, Double> expand(Query query, String api) {
    Set<String> within = api != null ? Set.of(api) : query.apis();
    Map<String, Double> terms = new LinkedHashMap<>(query.terms());
    // Another language's qualified name the docs lack ("Math.max", "Array.includes") asks for its
    // last part ("max"), which may be a name or a synonym of one.
    for (Map.Entry<String, Double> entry : query.terms().entrySet()) {
      String term = entry.getKey();
      if (Tokenizer.isCompound(term) && !postings.containsKey(term)) {
        List<String> parts = Tokenizer.terms(term);
        terms.merge(parts.get(parts.size() - 1), entry.getValue(), Math::max);
      }
    }
    Map<String, Double> wanted = new LinkedHashMap<>(terms);
    Set<String> phrased = phrases(query.words(), within, wanted);
    for (String operator : query.operators()) {
      operators.getOrDefault(operator, List.of()).forEach(name -> addName(name, PHRASE, within, wanted));
    }
    // A keyword written in capitals ("LIMIT", "LIKE") means the names the lexicon gives it, however
    // often the docs use the word in prose, and as surely as a phrase does.
    Set<String> capitals = new HashSet<>();
    query.words().stream().filter(Query.Word::capitals).forEach(word -> capitals.add(word.term()));
    // The words of a phrase or of a word written as two are words the lexicon or the docs know, no misspellings.
    Set<String> placed = joined(query.words(), terms, wanted);
    placed.addAll(phrased);
    int fuzzed = 0;
    for (Map.Entry<String, Double> entry : terms.entrySet()) {
      Checkpoint.check();
      String term = entry.getKey();
      double weight = entry.getValue();
      double rarity = rarity(term);
      for (String name : rarity > 0 ? synonyms.getOrDefault(term, List.of()) : List.<String>of()) {
        addName(name, SYNONYM * rarity * weight, within, wanted);
      }
      for (String name : capitals.contains(term) ? keywords.getOrDefault(term, List.of()) : List.<String>of()) {
        addName(name, PHRASE * Math.max(1, rarity) * weight, within, wanted);
      }
      List<String> family = families.of(term);
      for (String relative : family) {
        wanted.merge(relative, 0.7 * weight, Math::max);
      }
      boolean known = postings.containsKey(term) || !family.isEmpty() || synonyms.containsKey(term) || keywords.containsKey(term)
          || placed.contains(term);
      if (!known && term.length() >= 4 && fuzzed < MAX_FUZZY) {
        fuzzed++;
        // A name of parts takes one edit below 12 letters: "math.max" is not a misspelt "math.mod".
        int allowed = term.length() >= (Tokenizer.isCompound(term) ? 12 : 8) ? 2 : 1;
        for (int length = term.length() - allowed; length <= term.length() + allowed; length++) {
          for (String name : namesByLength.getOrDefault(length, List.of())) {
            if (Names.distance(term, name, allowed) <= allowed) {
              wanted.merge(name, 0.8 * weight, Math::max);
            }
          }
        }
      }
    }
    return wanted;
  }

  /**
   * Adds the words the docs write as one that the question writes as two ("fall back" is
   * "fallback", "log in" is "login"), at a share of the lighter of the two; returns the terms of
   * the words so joined, which are then no misspellings.
   */
  private Set<String> joined(List<Query.Word> words, Map<String, Double> terms, Map<String, Double> wanted) {
    Set<String> parts = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      Query.Word first = words.get(i);
      Query.Word second = words.get(i + 1);
      if (first.term().isEmpty() || second.term().isEmpty() || first.negated() || second.negated()) {
        continue;
      }
      List<String> whole = Tokenizer.termsOf(first.token() + second.token());
      if (!whole.isEmpty() && !terms.containsKey(whole.get(0)) && postings.containsKey(whole.get(0))) {
        double weight = JOINED * Math.min(terms.getOrDefault(first.term(), 1.0), terms.getOrDefault(second.term(), 1.0));
        wanted.merge(whole.get(0), weight, Math::max);
        parts.add(first.term());
        parts.add(second.term());
      }
    }
    return parts;
  }

  /**
   * Adds the names of the phrases {@code words} hold (the lexicon's "api key", "is empty", "pause a
   * task"): a phrase is specific, so its names count whatever the docs' use of its words. Each word
   * starts at most the phrases that begin with it, so the work grows with the question's length.
   * Returns the terms of the phrases' own words (not those their slots hold).
   */
  private Set<String> phrases(List<Query.Word> words, Set<String> within, Map<String, Double> wanted) {
    int covered = 0;
    Set<String> held = new HashSet<>();
    Set<String> phrased = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Checkpoint.check();
      // The longest phrase at a word wins, and the phrases inside it do not count: "command not
      // found" is the CLI's install, not the error type of "not found".
      Phrase longest = null;
      int end = i;
      List<Integer> slots = List.of();
      for (Phrase phrase : i < covered || words.get(i).negated() ? List.<Phrase>of() : phrases.getOrDefault(words.get(i).term(), List.of())) {
        List<Integer> filled = new ArrayList<>();
        int after = matches(words, i, phrase.words(), filled);
        if (after > end) {
          longest = phrase;
          end = after;
          slots = filled;
        }
      }
      if (longest != null) {
        longest.names().forEach(name -> addName(name, PHRASE, within, wanted));
        slots.forEach(k -> held.add(words.get(k).term()));
        words.subList(i, end).forEach(word -> phrased.add(word.term()));
        covered = end;
      }
    }
    // The words a slot holds name what the task is done to ("keep only the id and email keys"),
    // not what it asks about: the email statement is no answer.
    held.forEach(term -> wanted.computeIfPresent(term, (t, weight) -> weight * HELD));
    phrased.removeAll(held);
    return phrased;
  }

  /**
   * Where {@code phrase} ends if it is at {@code start} of {@code words}, else -1. Between two of
   * its words the question may have an article or a possessive ("pause a task" is "pause task");
   * the places of the words its slots hold are added to {@code filled}.
   */
  private static int matches(List<Query.Word> words, int start, List<String> phrase, List<Integer> filled) {
    int i = start;
    for (int k = 0; k < phrase.size(); k++) {
      if (phrase.get(k).equals(SLOT)) {
        int next = slot(words, i, phrase.get(k + 1));
        if (next < 0) {
          return -1;
        }
        for (; i < next; i++) {
          filled.add(i);
        }
        continue;
      }
      int skipped = 0;
      while (k > 0 && i < words.size() && skipped < PHRASE_GAP && gap(words.get(i).term()) && !words.get(i).term().equals(phrase.get(k))) {
        i++;
        skipped++;
      }
      if (i >= words.size() || words.get(i).negated() || !words.get(i).term().equals(phrase.get(k))) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * Where {@code next}, the word after a {@link #SLOT}, is in {@code words} from {@code start}, with at
   * most {@link #SLOT_WORDS} words other than {@link #GAP_WORDS} before it, none negated; else -1.
   */
  private static int slot(List<Query.Word> words, int start, String next) {
    int held = 0;
    for (int i = start; i < words.size() && !words.get(i).negated(); i++) {
      if (words.get(i).term().equals(next)) {
        return i;
      }
      if (!gap(words.get(i).term()) && ++held > SLOT_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether an entry of the lexicon writes a {@link #SLOT} as a word of its own. */
  static boolean hasSlot(String entry) {
    return SLOT_WORD.matcher(entry).find();
  }

  /**
   * The words of a lexicon phrase ("api key", "keep only * keys"): the first term of each
   * token, and each {@link #SLOT} where it is written; none if a slot begins or ends it or follows another, or
   * if it has more than {@link #MAX_PHRASE} words.
   */
  static List<String> phraseWords(String phrase) {
    List<String> words = new ArrayList<>();
    String[] parts = SLOT_WORD.split(phrase, -1);
    for (int p = 0; p < parts.length; p++) {
      if (p > 0) {
        words.add(SLOT);
      }
      Tokenizer.tokens(parts[p], token -> words.add(Tokenizer.termsOf(token).get(0)));
    }
    for (int i = 0; i < words.size(); i++) {
      boolean between = i > 0 && i < words.size() - 1 && !words.get(i - 1).equals(SLOT);
      if (words.get(i).equals(SLOT) && !between) {
        return List.of();
      }
    }
    return words.size() <= MAX_PHRASE ? words : List.of();
  }

  /** Whether a phrase may skip {@code term} between two of its words: an article, a possessive, a number ("add 3 days"). */
  private static boolean gap(String term) {
    return GAP_WORDS.contains(term) || !term.isEmpty() && term.chars().allMatch(Character::isDigit);
  }

  /**
   * Adds the terms of {@code name} at {@code weight}, each at its share, unless the question weighs
   * it more already. A name counts only where the APIs searched ({@code within}, all if empty)
   * show it: the "access token" of a question about the CLI is no {@code security.create_auth_token},
   * which only the language's docs show.
   */
  private void addName(String name, double weight, Set<String> within, Map<String, Double> wanted) {
    if (within.isEmpty() || within.stream().anyMatch(nameApis.getOrDefault(name, Set.of())::contains)) {
      nameTerms.getOrDefault(name, Map.of()).forEach((term, share) -> wanted.merge(term, share * weight, Math::max));
    }
  }

  /**
   * The terms a name stands for, each with its share: a name whole, its parts half ({@code to_bool}:
   * {@code to_bool}, then {@code to} and {@code bool}); a built-in variable also as the word the
   * docs write after it ({@code $env.NAME} is {@code env}); a name of several words ("doc/info")
   * each word alike, less than a name of one.
   */
  private static Map<String, Double> termsOfName(String name) {
    List<String> tokens = new ArrayList<>();
    Tokenizer.tokens(name, tokens::add);
    Map<String, Double> terms = new LinkedHashMap<>();
    double share = 1 / Math.sqrt(Math.max(1, tokens.size()));
    for (String token : tokens) {
      List<String> forms = Tokenizer.termsOf(token);
      for (int k = 0; k < forms.size(); k++) {
        terms.merge(forms.get(k), tokens.size() == 1 && k > 0 ? 0.5 : share, Math::max);
      }
      if (token.startsWith("$")) {
        terms.merge(token.substring(1), 0.5, Math::max);
      }
    }
    return terms;
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    b.stream().filter(n -> !both.contains(n)).forEach(both::add);
    return both;
  }

  /**
   * How much a synonym of {@code term} counts: another word for a name helps where the docs
   * seldom use the word itself ("strpos", "iterate"); a word the docs use everywhere ("array",
   * "error") is better searched as it is.
   */
  private double rarity(String term) {
    int sections = postings.getOrDefault(term, List.of()).size();
    return sections == 0 ? ABSENT : sections <= RARE ? 1 : sections <= 4 * RARE ? 0.5 : 0;
  }

  /** The indexed documents, for comparing this ranking with another (bench/search). */
  List<Doc> docs() {
    return docs;
  }

  /** The hit a document gives for {@code terms}, which weigh alike. */
  static Hit hit(Doc doc, Collection<String> terms) {
    return hit(doc, Snippets.alike(terms));
  }

  /** The hit a document gives for the query's terms and their {@code weights}. */
  private static Hit hit(Doc doc, Map<String, Double> weights) {
    String snippet = doc.note() != null ? doc.note() : Snippets.of(doc.text(), weights);
    return new Hit(doc.api(), doc.topic(), doc.sectionId(), doc.title(), snippet, doc.call(), Sections.bytes(doc.text()));
  }

  /** How much a term found in {@code found} sections says (BM25's inverse document frequency). */
  private double idf(int found) {
    return Math.log(1 + (docs.size() - found + 0.5) / (found + 0.5));
  }

  /** The query's terms, each weighed as the ranking weighs it: its weight times how rare it is in the docs. */
  private Map<String, Double> weights(Map<String, Double> wanted) {
    Map<String, Double> weights = new HashMap<>();
    wanted.forEach((term, weight) -> {
      int found = postings.getOrDefault(term, List.of()).size();
      weights.put(term, weight * idf(found));
    });
    return weights;
  }
}
