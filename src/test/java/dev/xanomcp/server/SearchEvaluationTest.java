package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.search.IndexedSections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of search_docs keeps its scores (see {@link SearchEvaluation}), on the part it
 * was tuned on (cross-validated, since the server learns from it) and on the held-out part, each
 * with floors just under what the ranking reaches. A
 * change of content or ranking that loses answers fails here.
 */
class SearchEvaluationTest {
  static final SearchEvaluation EVALUATION = new SearchEvaluation();

  /**
   * Each question names at least one section that exists. A question may also name what a section
   * is called in other versions of the topics, so that a renamed heading does not break the set.
   */
  @Test
  void everyQuestionExpectsASectionThatExists() {
    Set<String> sections = IndexedSections.of(EVALUATION.index());
    List<String> missing = new ArrayList<>();
    for (String part : List.of(SearchEvaluation.TUNING, SearchEvaluation.HELD_OUT)) {
      for (SearchEvaluation.Question q : EVALUATION.scored(part)) {
        if (q.expected().stream().noneMatch(sections::contains)) {
          missing.add(part + ": " + q.question() + " " + q.expected());
        }
      }
    }
    assertEquals(List.of(), missing, "sections renamed or removed: update the expected sections of these questions");
  }

  /** The server learns from the tuning part only: a held-out question it knew would be no test. */
  @Test
  void noHeldOutQuestionIsLearnt() {
    Set<String> learnt = new HashSet<>();
    EVALUATION.scored(SearchEvaluation.TUNING).forEach(q -> learnt.add(q.question().strip().toLowerCase(Locale.ROOT)));
    List<String> leaked = EVALUATION.scored(SearchEvaluation.HELD_OUT).stream().map(SearchEvaluation.Question::question)
        .filter(q -> learnt.contains(q.strip().toLowerCase(Locale.ROOT))).toList();
    assertEquals(List.of(), leaked);
  }

  @Test
  void theTuningPartKeepsItsScoresUnderCrossValidation() {
    assertScores(EVALUATION.crossValidated(), 77, 93, 2_650);
  }

  @Test
  void theHeldOutPartKeepsItsScores() {
    assertScores(EVALUATION.evaluate(SearchEvaluation.HELD_OUT, (query, limit) -> EVALUATION.index().search(query, null, limit)), 83, 91, 2_600);
  }

  /** At least {@code top1} and {@code top3} percent found, with at most {@code bytes} read (median). */
  private static void assertScores(SearchEvaluation.Report report, int top1, int top3, int bytes) {
    String misses = report + "\n" + String.join("\n", report.misses());
    assertTrue(report.top1() * 100 >= report.questions() * top1, misses);
    assertTrue(report.top3() * 100 >= report.questions() * top3, misses);
    assertTrue(report.medianBytes() <= bytes, report.toString());
  }
}
