package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void operatorsAreRunsOfTwoOrMoreOperatorCharacters() {
    List<String> operators = new java.util.ArrayList<>();
    Tokenizer.operators("$a ?? 5, x += 1, $db.t.c ==? $input.c, a - b, (1..4)", operators::add);
    assertEquals(List.of("??", "+=", "==?", ".."), operators);
  }

  @Test
  void printfPlaceholdersAreOperatorsToo() {
    List<String> operators = new java.util.ArrayList<>();
    Tokenizer.operators("'%s has %d items, %f%%' % x, LIKE '%search%', 50%s", operators::add);
    assertEquals(List.of("%s", "%d", "%f", "%%", "%s"), operators);
    assertTrue(Tokenizer.isOperator("%s"));
    assertFalse(Tokenizer.isOperator("%search"));
  }

  @Test
  void theSpansOfTokensAreWhereTheyStand() {
    List<String> spans = new java.util.ArrayList<>();
    Tokenizer.spans("Use db.query, then", (token, start, end) -> spans.add(token + "@" + start + "-" + end));
    assertEquals(List.of("use@0-3", "db.query@4-12", "then@14-18"), spans);
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
    assertEquals(List.of("speed", "ne"), Tokenizer.terms("speed ne"), "an -eed ending is the word's own");
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
