package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiNamesTest {
  private static final ApiNames THREE = new ApiNames(Map.of("run", "Xano Run API", "meta", "Xano Meta API"), "xanoscript");
  private static final ApiNames FOUR = new ApiNames(Map.of("run", "Xano Run API", "meta", "Xano Meta API", "cli", "Xano CLI"), "xanoscript");

  private static Set<String> apis(ApiNames names, String question) {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens(question, words::add);
    return names.find(words).apis();
  }

  @Test
  void anApiIsNamedByItsIdOrTitle() {
    assertEquals(Set.of("run"), apis(THREE, "Run API: session states"));
    assertEquals(Set.of("meta"), apis(THREE, "upload a file with the Xano Meta API"));
    assertEquals(Set.of("meta"), apis(THREE, "list tables via the metadata api"));
  }

  private static Set<String> leanings(ApiNames names, String question) {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens(question, words::add);
    return names.leanings(words);
  }

  @Test
  void aQuestionThatUsesAnApiFromOutsideLeansToItWithoutNamingIt() {
    assertEquals(Set.of("run"), leanings(THREE, "execute a job in Xano's cloud"));
    assertEquals(Set.of("meta"), leanings(THREE, "read the rows of a table over HTTP"));
    assertEquals(Set.of("meta", "run"), leanings(THREE, "from my script, start it"));
    assertEquals(Set.of(), apis(THREE, "read the rows of a table over HTTP"), "leaning is no naming");
    assertEquals(Set.of(), leanings(THREE, "store the upload in a cloud bucket over there"), "only the whole phrase");
    assertEquals(Set.of("run"), leanings(THREE, "execute a one-off job in the cloud"));
  }

  @Test
  void aPlainWordIsNoName() {
    assertEquals(Set.of(), apis(THREE, "run a task every hour"));
    assertEquals(Set.of(), apis(THREE, "what does a run.job look like"));
    assertEquals(Set.of(), apis(THREE, "store meta data on a record"));
  }

  @Test
  void theLanguageIsAWeakName() {
    assertEquals(Set.of("xanoscript"), apis(THREE, "xanoscript equivalent of array_merge"));
    assertEquals(Set.of("meta"), apis(THREE, "read the XanoScript of an endpoint with the meta api"));
  }

  @Test
  void theCliIsNamedOnlyWhenItIsDocumented() {
    assertEquals(Set.of(), apis(THREE, "push from the command line"));
    assertEquals(Set.of("cli"), apis(FOUR, "push from the command line"));
    assertEquals(Set.of("cli"), apis(FOUR, "log in with the Xano CLI"));
    assertEquals(Set.of("cli"), apis(FOUR, "run the tests in a terminal"));
  }

  @Test
  void nextToAStrongNameTheLanguagesNameStaysAWordOfTheQuestion() {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens("the xanoscript of all functions with the meta api", words::add);
    assertEquals(Set.of(7, 8), THREE.find(words).words());
    words.clear();
    Tokenizer.tokens("xanoscript equivalent of array_merge", words::add);
    assertEquals(Set.of(0), THREE.find(words).words());
  }

  @Test
  void theWordsOfANameAreMarkedUsed() {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens("stop a session with the xano run api", words::add);
    assertEquals(Set.of(5, 6, 7), THREE.find(words).words());
  }
}
