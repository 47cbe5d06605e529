package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.xanoscript.Checker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicon covers every name the engine knows, and every entry is a name the docs or the engine know. */
class SynonymsTest {
  /** The built-in variables the language docs document. */
  private static final List<String> BUILT_INS = List.of("$env", "$auth", "$input", "$db", "$this", "$index", "$result", "$parent", "$error",
      "$remote_ip", "$http_headers", "$request_method", "$request_uri", "$request_querystring", "$request_auth_token", "$api_baseurl", "now");

  @Test
  void everyNameOfTheEnginesTablesAndEveryBuiltInHasALine() {
    List<String> missing = new ArrayList<>();
    Checker.get().names().keySet().stream().filter(name -> !Synonyms.LEXICON.containsKey(name)).forEach(missing::add);
    BUILT_INS.stream().filter(name -> !Synonyms.LEXICON.containsKey(name)).forEach(missing::add);
    assertEquals(List.of(), missing);
    assertTrue(Synonyms.LEXICON.size() > Checker.get().names().size() + BUILT_INS.size(), "the APIs' concepts have lines too");
  }

  /** A name outside the engine's tables is a word the docs use, so that adding it to a question can find something. */
  @Test
  void everyNameIsOneTheEngineOrTheDocsKnow() {
    Set<String> vocabulary = new HashSet<>();
    for (Doc doc : SearchIndexTest.INDEX.docs()) {
      if (doc.topic() != null) {
        doc.terms().forEach(field -> vocabulary.addAll(field.keySet()));
      }
    }
    Set<String> engine = Checker.get().names().keySet();
    List<String> unknown = new ArrayList<>();
    for (String name : Synonyms.LEXICON.keySet()) {
      List<String> tokens = new ArrayList<>();
      Tokenizer.tokens(name, tokens::add);
      boolean known = engine.contains(name) || !tokens.isEmpty() && tokens.stream()
          .allMatch(t -> vocabulary.contains(Tokenizer.termsOf(t).get(0)) || vocabulary.contains(t.replace("$", "")));
      if (!known) {
        unknown.add(name);
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void everyEntryIsAWordOrAnOperator() {
    List<String> bad = new ArrayList<>();
    Synonyms.LEXICON.forEach((name, words) -> {
      if (words.isEmpty()) {
        bad.add(name + ": no words");
      }
      for (String word : words) {
        List<String> tokens = new ArrayList<>();
        Tokenizer.tokens(word, tokens::add);
        boolean operator = tokens.isEmpty() && word.strip().length() >= 2 || Tokenizer.isOperator(word.strip());
        boolean oneLetter = tokens.size() == 1 && tokens.get(0).length() < 2;
        boolean slot = SearchIndex.hasSlot(word);
        if (slot ? SearchIndex.phraseWords(word).isEmpty() : !operator && (tokens.isEmpty() || oneLetter || tokens.size() > SearchIndex.MAX_PHRASE)) {
          bad.add(name + ": " + word);
        }
      }
    });
    assertEquals(List.of(), bad);
  }

  @Test
  void aWordStandsForEveryNameThatLists() {
    assertTrue(Synonyms.CONCEPTS.get("average").contains("avg"));
    assertTrue(Synonyms.CONCEPTS.get("upsert").contains("db.add_or_edit"));
    assertTrue(Synonyms.CONCEPTS.get("api key").contains("$env"));
    assertTrue(Synonyms.CONCEPTS.get("LIKE").containsAll(List.of("ilike", "includes")));
  }

  @Test
  void aMalformedLexiconIsRefused() {
    assertEquals(Map.of("avg", List.of("average", "mean")), Synonyms.parse("# a comment\n\navg: average, mean\n"));
    assertThrows(IllegalStateException.class, () -> Synonyms.parse("avg average"));
    assertThrows(IllegalStateException.class, () -> Synonyms.parse("avg: average\navg: mean"));
    assertThrows(IllegalStateException.class, () -> Synonyms.read("search/no-such-file.txt"));
  }
}
