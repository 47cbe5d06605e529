package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import dev.xanomcp.search.Hit;
import dev.xanomcp.search.LuceneRanking;
import dev.xanomcp.search.SearchIndex;
import dev.xanomcp.tools.Context;
import dev.xanomcp.tools.Naming;
import dev.xanomcp.tools.SearchDocs;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Scores search_docs on the questions of {@code search/questions.json}, as an assistant would use
 * it: an answer counts as found when its text is in the search answer or in what the calls of the
 * top hits return, read in rank order; bytes read are the search answer plus the calls read up to
 * the one that completes the answer. Run it with bench/search, which also scores Lucene's ranking
 * of the same sections.
 */
public final class SearchEvaluation {
  /** One question and the text that answers it. */
  record Question(String question, String answer) {}

  /** How one ranking did: found in the answer or first hit, in the first three, and bytes read. */
  record Report(int questions, int top1, int top3, int medianBytes, List<String> misses) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d questions: top-1 %d (%.0f%%), top-3 %d (%.0f%%), median bytes read %,d",
          questions, top1, 100.0 * top1 / questions, top3, 100.0 * top3 / questions, medianBytes);
    }
  }

  private final Library library = Library.load();
  private final List<Tool> tools = Tools.all(library);

  static List<Question> questions() {
    try (InputStream in = SearchEvaluation.class.getResourceAsStream("/search/questions.json")) {
      List<Question> questions = new ArrayList<>();
      for (JsonNode node : new ObjectMapper().readTree(in)) {
        questions.add(new Question(node.path("q").asText(), node.path("a").asText()));
      }
      return questions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SearchIndex index() {
    return SearchDocs.build(library);
  }

  /** Scores {@code ranking} (query and limit to hits) on every question. */
  Report evaluate(BiFunction<String, Integer, List<Hit>> ranking) {
    List<Question> questions = questions();
    int top1 = 0;
    int top3 = 0;
    List<Integer> bytes = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Question q : questions) {
      List<Hit> hits = ranking.apply(q.question(), 5);
      String answer = SearchDocs.markdown(q.question(), hits, Call.MCP);
      int read = size(answer);
      int foundAt = contains(answer, q.answer()) ? 0 : -1;
      for (int i = 0; foundAt < 0 && i < Math.min(3, hits.size()); i++) {
        String text = read(hits.get(i).call());
        read += size(text);
        if (contains(text, q.answer())) {
          foundAt = i + 1;
        }
      }
      if (foundAt >= 0 && foundAt <= 1) {
        top1++;
      }
      if (foundAt >= 0) {
        top3++;
      } else {
        misses.add(q.question() + " -> " + (hits.isEmpty() ? "no hits" : hits.get(0).title()));
      }
      bytes.add(read);
    }
    bytes.sort(null);
    return new Report(questions.size(), top1, top3, bytes.get(bytes.size() / 2), misses);
  }

  private String read(Call call) {
    Tool tool = tools.stream().filter(t -> t.name().equals(call.tool())).findFirst().orElseThrow();
    return tool.call(call.arguments(), Naming.MCP, Context.MCP).markdown();
  }

  private static boolean contains(String text, String answer) {
    return flat(text).contains(flat(answer));
  }

  private static String flat(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static int size(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Prints the report of our ranking and of Lucene's, with the time a query takes. */
  public static void main(String[] args) {
    SearchEvaluation evaluation = new SearchEvaluation();
    long start = System.nanoTime();
    SearchIndex ours = evaluation.index();
    long built = System.nanoTime() - start;
    Report own = evaluation.evaluate((query, limit) -> ours.search(query, null, limit));
    start = System.nanoTime();
    LuceneRanking lucene = new LuceneRanking(ours);
    long luceneBuilt = System.nanoTime() - start;
    Report theirs = evaluation.evaluate(lucene::search);
    System.out.printf(Locale.ROOT, "own BM25F: %s; index built in %d ms (after the docs were read), %.2f ms a query%n", own, built / 1_000_000,
        perQuery((query, limit) -> ours.search(query, null, limit)));
    System.out.printf(Locale.ROOT, "Lucene 9.12: %s; index built in %d ms, %.2f ms a query%n", theirs, luceneBuilt / 1_000_000, perQuery(lucene::search));
    own.misses().forEach(m -> System.out.println("  own miss: " + m));
    theirs.misses().forEach(m -> System.out.println("  Lucene miss: " + m));
  }

  /** The median time of one query over the question set, warm. */
  private static double perQuery(BiFunction<String, Integer, List<Hit>> ranking) {
    List<Question> questions = questions();
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
