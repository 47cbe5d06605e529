package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.Allocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTest {
  private static final ApiNames NAMES = new ApiNames(Map.of("run", "Xano Run API", "meta", "Xano Meta API"), "xanoscript");

  @Test
  void stopWordsAndApiNamesAreNoTerms() {
    Query query = Query.of("How do I list the sessions with the Run API?", NAMES);
    assertEquals(List.of("list", "session"), List.copyOf(query.terms().keySet()));
    assertEquals(Set.of("run"), query.apis());
  }

  @Test
  void aNameCountsFullyItsPartsHalf() {
    assertEquals(Map.of("db.query", 1.0, "db", 0.5, "query", 0.5, "pag", 1.0), Query.of("db.query paging", NAMES).terms());
  }

  @Test
  void aPastedErrorMessageCountsItsMessageWordsHalfAndItsQuotedNameMore() {
    assertEquals(Map.of("unknown", 0.5, "filter", 1.0, "length", 1.5), Query.of("Unknown filter 'length'", NAMES).terms());
    assertEquals(Map.of("unknown", 1.0, "filter", 1.0, "length", 1.0), Query.of("unknown filter length", NAMES).terms());
    assertEquals(Map.of("convert", 1.0, "tru", 1.0, "bool", 1.0), Query.of("convert \"true\" to bool", NAMES).terms(),
        "a quote without an error word is no message");
  }

  @Test
  void aWordThatIsAlsoANameCountsALittleAndFullyInCapitals() {
    assertEquals(0.3, Query.of("a field like this", NAMES).terms().get("lik"));
    assertEquals(1.0, Query.of("WHERE name LIKE '%x%'", NAMES).terms().get("lik"));
    assertEquals(0.3, Query.of("xano: command not found", NAMES).terms().get("xano"), "the product's name does not vanish");
    assertEquals(0.3, Query.of("is the value in the list", NAMES).terms().get("in"));
    assertEquals(0.3, Query.of("no profile is configured", NAMES).terms().get("no"), "a flag's --no- prefix is no topic");
    assertEquals(0.3, Query.of("get the code of all functions", NAMES).terms().get("all"), "all of a kind is a list");
    assertEquals(0.3, Query.of("SQL LIMIT 10 in a db.query", NAMES).terms().get("sql"), "the language a name comes from, even in capitals");
    assertEquals(1.0, Query.of("SQL LIMIT 10 in a db.query", NAMES).terms().get("limit"));
  }

  @Test
  void aStopWordInCapitalsIsAKeywordOfSql() {
    assertEquals(1.0, Query.of("SELECT price * qty AS total", NAMES).terms().get("as"));
    assertEquals(null, Query.of("select price * qty as total", NAMES).terms().get("as"));
  }

  @Test
  void aNegatedPartCountsLittleAndNamesNoApi() {
    Map<String, Double> terms = Query.of("pause a task without deleting it", NAMES).terms();
    assertEquals(0.25, terms.get("delet"), terms.toString());
    assertEquals(1.0, terms.get("task"), terms.toString());
    assertEquals(0.25, Query.of("return HTML instead of JSON", NAMES).terms().get("json"));
    assertEquals(1.0, Query.of("make an endpoint public without authentication", NAMES).terms().get("authentication"),
        "without a noun says what the question is about");
    assertEquals(Set.of("run"), Query.of("session states of the Run API, not the Meta API", NAMES).apis());
    assertTrue(Query.of("without deleting it, and then list them", NAMES).terms().get("list") == 1.0, "a clause ends the negation");
  }

  @Test
  void theWordsAndOperatorsOfAQuestionAreKeptInOrder() {
    Query query = Query.of("can I write x += 1 or $a ?? $b", NAMES);
    assertEquals(Set.of("+=", "??"), query.operators());
    assertEquals(List.of("can", "i", "writ", "x", "1", "or", "$a", "$b"), query.words().stream().map(Query.Word::term).toList());
    assertTrue(query.words().get(0).stop());
    assertTrue(Query.of("SQL LIMIT 10", NAMES).words().get(1).capitals());
  }

  @Test
  void aUrlIsTheWordUrlAndItsHostNoTerms() {
    assertEquals(Map.of("url", 1.0, "run", 1.0, "exec", 1.0), Query.of("https://x8ki-letl.n7.example.io/run/exec", NAMES).terms());
  }

  @Test
  void aQuestionOfStopWordsKeepsThem() {
    assertEquals(List.of("how"), List.copyOf(Query.of("how", NAMES).terms().keySet()));
  }

  @Test
  void aQuestionOfAnyLengthGivesABoundedQuery() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      words.append("w").append(i).append(' ');
    }
    long before = Allocation.bytes();
    Query query = Query.of(words.toString(), NAMES);
    assertEquals(Query.MAX_TERMS, query.terms().size());
    String word = "q".repeat(100_000);
    assertTrue(Query.of(word + " sort", NAMES).terms().containsKey("sort"), "an overlong word is skipped, the rest is read");
    assertTrue(Allocation.bytes() - before < 4_000_000, "only the first words are read");
  }
}
