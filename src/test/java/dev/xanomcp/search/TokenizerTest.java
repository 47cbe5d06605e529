package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void namesAreKeptWholeAndSplit() {
    assertEquals(List.of("db.query", "db", "query"), Tokenizer.terms("db.query"));
    assertEquals(List.of("input.page", "input", "pag"), Tokenizer.terms("$input.page"));
    assertEquals(List.of("to_lower", "to", "lower"), Tokenizer.terms("|to_lower"));
    assertEquals(List.of("run.job", "run", "job"), Tokenizer.terms("run.job"));
  }

  @Test
  void wordsAreLowerCasedAndLightlyStemmed() {
    assertEquals(List.of("sort", "sort", "sort"), Tokenizer.terms("Sorting sorts sorted"));
    assertEquals(List.of("query", "query"), Tokenizer.terms("queries query"));
    assertEquals(Tokenizer.terms("paging"), Tokenizer.terms("pages"));
  }

  @Test
  void aSentenceEndIsNotAName() {
    assertEquals(List.of("end", "next"), Tokenizer.terms("end. Next"));
  }
}
