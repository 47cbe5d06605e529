package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import dev.xanomcp.search.Asked;
import dev.xanomcp.search.Hit;
import dev.xanomcp.search.LuceneRanking;
import dev.xanomcp.search.SearchIndex;
import dev.xanomcp.tools.SearchDocs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Scores search_docs on the questions of {@code search/questions.json} (the tuning part, which
 * the server also ships: a section is found by the words of the questions it answers) and {@code
 * search/held-out.json}, as an assistant uses it. Since the server learns from the tuning part, that
 * part is scored by cross-validation: each fifth of it on an index built with the other four fifths. Each question names the sections that answer it
 * ({@code api/topic#section}, or {@code api/topic} for any section of a topic); it is found at the
 * rank of the first hit that is one of them. Bytes read are the search answer plus the sections of
 * the hits read in rank order up to that one (the first three when none of them answers).
 *
 * <p>The held-out part is never looked at while the ranking is tuned: {@link #main} prints its
 * scores only when asked to ({@code --held-out}), and its misses only with {@code
 * --held-out-misses}. A question that {@code needs} an API the library does not document yet (the
 * CLI) is left out of the scores.
 */
public final class SearchEvaluation {
  static final String TUNING = "/" + Asked.RESOURCE;
  /** How many parts the tuning questions are cut into for cross-validation. */
  static final int FOLDS = 5;
  static final String HELD_OUT = "/search/held-out.json";

  /** One question, the sections that answer it, the kind of question, and the API it needs. */
  record Question(String question, List<String> expected, String kind, String needs) {
    /** Whether {@code hit} is one of the expected sections. */
    boolean answeredBy(Hit hit) {
      String topic = hit.api() + "/" + hit.topic();
      return expected.contains(topic) || expected.contains(topic + "#" + hit.section());
    }
  }

  /** How one question did: the rank that answers it (-1: not in the hits), bytes read, the top hit. */
  record Outcome(Question question, int rank, int bytes, String first) {}

  /** How a ranking did on one part: found first, found in the top three, median bytes read. */
  record Report(String part, List<Outcome> outcomes) {
    int questions() {
      return outcomes.size();
    }

    int top1() {
      return (int) outcomes.stream().filter(o -> o.rank() == 0).count();
    }

    int top3() {
      return (int) outcomes.stream().filter(o -> o.rank() >= 0 && o.rank() < 3).count();
    }

    int medianBytes() {
      List<Integer> bytes = new ArrayList<>(outcomes.stream().map(Outcome::bytes).sorted().toList());
      return bytes.isEmpty() ? 0 : bytes.get(bytes.size() / 2);
    }

    /**
     * The scores of the questions of each kind and of each API (that of the first expected
     * section), as lines: where the ranking is weak.
     */
    List<String> breakdown() {
      Map<String, List<Outcome>> groups = new TreeMap<>();
      for (Outcome o : outcomes) {
        groups.computeIfAbsent("kind " + o.question().kind(), k -> new ArrayList<>()).add(o);
        String first = o.question().expected().get(0);
        groups.computeIfAbsent("api " + first.substring(0, first.indexOf('/')), k -> new ArrayList<>()).add(o);
      }
      List<String> lines = new ArrayList<>();
      groups.forEach((group, list) -> {
        Report part = new Report(group, list);
        lines.add(String.format(Locale.ROOT, "%-16s %3d questions: top 1 %3.0f%%, top 3 %3.0f%%", group, part.questions(),
            100.0 * part.top1() / part.questions(), 100.0 * part.top3() / part.questions()));
      });
      return lines;
    }

    /** The questions not answered in the top three, each with the hit that came first. */
    List<String> misses() {
      return outcomes.stream().filter(o -> o.rank() < 0 || o.rank() >= 3)
          .map(o -> o.question().question() + " -> " + (o.rank() < 0 ? "not in top 5" : "rank " + (o.rank() + 1)) + "; first: " + o.first())
          .toList();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s, %d questions: top 1 %d (%.0f%%), top 3 %d (%.0f%%), median bytes read %,d", part,
          questions(), top1(), 100.0 * top1() / questions(), top3(), 100.0 * top3() / questions(), medianBytes());
    }
  }

  private final Library library = Library.load();
  private final SearchIndex index = SearchDocs.build(library);

  static List<Question> questions(String resource) {
    try (InputStream in = SearchEvaluation.class.getResourceAsStream(resource)) {
      List<Question> questions = new ArrayList<>();
      for (JsonNode node : new ObjectMapper().readTree(in)) {
        List<String> expected = new ArrayList<>();
        node.path("expect").forEach(e -> expected.add(e.asText()));
        questions.add(new Question(node.path("q").asText(), List.copyOf(expected), node.path("kind").asText(),
            node.hasNonNull("needs") ? node.path("needs").asText() : null));
      }
      return questions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SearchIndex index() {
    return index;
  }

  /** The questions of {@code resource} whose API the library documents. */
  List<Question> scored(String resource) {
    return scored(questions(resource));
  }

  private List<Question> scored(List<Question> questions) {
    Set<String> apis = Set.copyOf(index.apis());
    return questions.stream().filter(q -> q.needs() == null || apis.contains(q.needs())).toList();
  }

  /**
   * Scores the tuning part by cross-validation: the questions at positions {@code i} with {@code i
   * % FOLDS == fold} are searched on an index that learnt from all the others.
   */
  Report crossValidated() {
    List<Question> all = questions(TUNING);
    List<Outcome> outcomes = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Asked.Question> known = new ArrayList<>();
      List<Question> tested = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (i % FOLDS == fold) {
          tested.add(all.get(i));
        } else {
          known.add(new Asked.Question(all.get(i).question(), all.get(i).expected()));
        }
      }
      SearchIndex learnt = SearchDocs.build(library, known);
      outcomes.addAll(outcomes(scored(tested), (query, limit) -> learnt.search(query, null, limit)));
    }
    return new Report(TUNING.substring(TUNING.lastIndexOf('/') + 1) + " (" + FOLDS + "-fold cross-validation)", outcomes);
  }

  /** Scores {@code ranking} (query and limit to hits) on the questions of {@code resource}. */
  Report evaluate(String resource, BiFunction<String, Integer, List<Hit>> ranking) {
    return new Report(resource.substring(resource.lastIndexOf('/') + 1), outcomes(scored(resource), ranking));
  }

  private static List<Outcome> outcomes(List<Question> questions, BiFunction<String, Integer, List<Hit>> ranking) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Question q : questions) {
      List<Hit> hits = ranking.apply(q.question(), 5);
      int rank = -1;
      for (int i = 0; rank < 0 && i < hits.size(); i++) {
        if (q.answeredBy(hits.get(i))) {
          rank = i;
        }
      }
      int read = size(SearchDocs.markdown(q.question(), hits, Call.MCP));
      int last = rank >= 0 && rank < 3 ? rank : Math.min(3, hits.size()) - 1;
      for (int i = 0; i <= last; i++) {
        read += hits.get(i).bytes();
      }
      String first = hits.isEmpty() ? "no hits" : hits.get(0).api() + "/" + hits.get(0).topic() + "#" + hits.get(0).section();
      outcomes.add(new Outcome(q, rank, read, first));
    }
    return outcomes;
  }

  private static int size(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Prints the tuning part: our ranking cross-validated, and ours and Lucene's on the docs alone
   * (no questions learnt), with the time a query takes, and the misses of the cross-validation; the
   * held-out part's scores with {@code --held-out} (on the index the server builds, and on the docs
   * alone), its misses with {@code --held-out-misses}.
   */
  public static void main(String[] args) {
    boolean heldOutMisses = List.of(args).contains("--held-out-misses");
    boolean heldOut = heldOutMisses || List.of(args).contains("--held-out");
    long start = System.nanoTime();
    SearchEvaluation evaluation = new SearchEvaluation();
    long built = System.nanoTime() - start;
    SearchIndex ours = evaluation.index();
    SearchIndex docsAlone = SearchDocs.build(evaluation.library, List.of());
    BiFunction<String, Integer, List<Hit>> own = (query, limit) -> ours.search(query, null, limit);
    BiFunction<String, Integer, List<Hit>> ownAlone = (query, limit) -> docsAlone.search(query, null, limit);
    Report tuning = evaluation.crossValidated();
    LuceneRanking lucene = new LuceneRanking(docsAlone);
    System.out.printf(Locale.ROOT, "own BM25F: %s%n  docs read and index built in %d ms, %.2f ms a query (median, warm)%n",
        tuning, built / 1_000_000, perQuery(evaluation, own));
    System.out.println("own BM25F, docs alone: " + evaluation.evaluate(TUNING, ownAlone));
    System.out.printf(Locale.ROOT, "Lucene 9.12, docs alone: %s; %.2f ms a query%n", evaluation.evaluate(TUNING, lucene::search),
        perQuery(evaluation, lucene::search));
    tuning.breakdown().forEach(line -> System.out.println("  " + line));
    tuning.misses().forEach(m -> System.out.println("  tuning miss: " + m));
    if (heldOut) {
      Report report = evaluation.evaluate(HELD_OUT, own);
      System.out.println("own BM25F: " + report);
      System.out.println("own BM25F, docs alone: " + evaluation.evaluate(HELD_OUT, ownAlone));
      report.breakdown().forEach(line -> System.out.println("  " + line));
      if (heldOutMisses) {
        report.misses().forEach(m -> System.out.println("  held-out miss: " + m));
      }
    }
  }

  /** The median time of one query over the tuning questions, warm. */
  private static double perQuery(SearchEvaluation evaluation, BiFunction<String, Integer, List<Hit>> ranking) {
    List<Question> questions = evaluation.scored(TUNING);
    for (int round = 0; round < 20; round++) {
      questions.forEach(q -> ranking.apply(q.question(), 5));
    }
    List<Long> times = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      for (Question q : questions) {
        long start = System.nanoTime();
        ranking.apply(q.question(), 5);
        times.add(System.nanoTime() - start);
      }
    }
    times.sort(null);
    return times.get(times.size() / 2) / 1e6;
  }
}
