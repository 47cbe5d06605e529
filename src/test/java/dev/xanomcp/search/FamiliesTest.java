package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FamiliesTest {
  private static final Families FAMILIES = new Families(
      Set.of("pagination", "paginat", "expir", "expiry", "expiration", "encrypt", "encryption", "act", "action", "db.query", "custom", "customer"));

  private static Set<String> family(String word) {
    return Set.copyOf(FAMILIES.of(Tokenizer.stem(word)));
  }

  @Test
  void verbAndNounFormsOfTheDocsMeet() {
    assertEquals(Set.of("pagination"), family("paginate"));
    assertEquals(Set.of("paginat"), family("pagination"));
    assertEquals(Set.of("expiry", "expiration"), family("expire"));
    assertEquals(Set.of("expir", "expiry"), family("expiration"));
    assertEquals(Set.of("encryption"), family("encrypting"));
  }

  @Test
  void shortWordsAndNamesHaveNoFamily() {
    assertEquals(Set.of(), family("act"));
    assertEquals(List.of(), FAMILIES.of("db.query"));
  }

  @Test
  void onlyEndingsThatMakeNounsJoinWords() {
    assertTrue(family("custom").isEmpty(), "custom and customer are not one family");
    assertEquals(Set.of(), Set.of("sort", "sorting").stream().map(Tokenizer::stem).filter(w -> !w.equals("sort")).collect(Collectors.toSet()));
  }
}
