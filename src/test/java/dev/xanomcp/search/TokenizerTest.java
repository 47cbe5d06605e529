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
  void aSuffixGoesOnlyAfterAVowel() {
    assertEquals(List.of("string", "str", "bed"), Tokenizer.terms("strings str bed"));
    assertEquals(List.of("pag", "pag", "pag"), Tokenizer.terms("paging pages paged"));
  }

  @Test
  void aOneWordVariableIsNotAWord() {
    assertEquals(List.of("$list", "list", "$this"), Tokenizer.terms("$list list $this"));
    assertEquals(List.of("input.page", "input", "pag"), Tokenizer.terms("$input.page"));
  }

  @Test
  void anOverlongTokenIsSkipped() {
    assertEquals(List.of("sort", "array"), Tokenizer.terms("sort " + "x".repeat(Tokenizer.MAX_TOKEN + 1) + " array"));
    assertEquals(List.of("ab".repeat(Tokenizer.MAX_TOKEN / 2)), Tokenizer.terms("ab".repeat(Tokenizer.MAX_TOKEN / 2)));
  }

  @Test
  void aSentenceEndIsNotAName() {
    assertEquals(List.of("end", "next"), Tokenizer.terms("end. Next"));
  }
}
