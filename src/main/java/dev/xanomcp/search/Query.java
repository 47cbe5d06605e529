package dev.xanomcp.search;

import dev.xanomcp.Checkpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question as the index reads it: its terms with their weights, and the APIs it names. Only
 * the first {@link #MAX_WORDS} words and {@link #MAX_TERMS} different terms count, so a question
 * of any length costs at most a few hundred look-ups.
 */
record Query(Map<String, Double> terms, Set<String> apis) {
  /** The most words of a question read. */
  static final int MAX_WORDS = 200;
  /** The most different terms of a question searched. */
  static final int MAX_TERMS = 40;

  /**
   * Reads {@code text}: the words that name an API are left out of the terms. A name counts
   * fully, its parts half, since {@code db.query} says more than {@code db} and {@code query}
   * apart; stop words count only when the question has nothing else.
   */
  static Query of(String text, ApiNames names) {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens(text, word -> {
      words.add(word);
      return words.size() < MAX_WORDS;
    });
    ApiNames.Found found = names.find(words);
    Map<String, Double> terms = new LinkedHashMap<>();
    Map<String, Double> stops = new LinkedHashMap<>();
    for (int i = 0; i < words.size() && terms.size() < MAX_TERMS; i++) {
      Checkpoint.check();
      if (found.words().contains(i)) {
        continue;
      }
      String word = words.get(i);
      List<String> forms = Tokenizer.termsOf(word);
      for (int k = 0; k < forms.size(); k++) {
        String term = forms.get(k);
        boolean stop = Tokenizer.STOP.contains(k == 0 ? word : term);
        (stop ? stops : terms).merge(term, k == 0 ? 1.0 : 0.5, Math::max);
      }
    }
    return new Query(terms.isEmpty() ? stops : terms, found.apis());
  }
}
