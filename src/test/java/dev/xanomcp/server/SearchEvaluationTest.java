package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.search.SearchIndex;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set of search_docs keeps its scores (see {@link SearchEvaluation}): the answer
 * among the top three hits for at least 90 % of the questions, found after reading at most 4 KB
 * (median). A change of content or ranking that loses answers fails here.
 */
class SearchEvaluationTest {
  @Test
  void answersAreFoundInTheTopThreeWithFewBytesRead() {
    SearchEvaluation evaluation = new SearchEvaluation();
    SearchIndex index = evaluation.index();
    SearchEvaluation.Report report = evaluation.evaluate((query, limit) -> index.search(query, null, limit));
    assertTrue(report.top3() * 10 >= report.questions() * 9, report + "\n" + String.join("\n", report.misses()));
    assertTrue(report.medianBytes() <= 4096, report.toString());
  }
}
