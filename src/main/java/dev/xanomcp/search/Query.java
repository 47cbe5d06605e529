package dev.xanomcp.search;

import dev.xanomcp.Checkpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
   * Words every error message has ("Unknown filter 'length'", "Invalid type 'integer'"): in a
   * pasted message they count half, so that the sections about errors in general do not outrank
   * the one about the quoted name.
   */
  static final Set<String> MESSAGE_WORDS = Set.of("error", "errors", "invalid", "unknown", "unexpected", "missing", "failed", "fails", "rejected", "not");
  private static final double MESSAGE_WORD = 0.5;
  /** A quoted part, as error messages quote the name they are about. */
  private static final Pattern QUOTED = Pattern.compile("'[^'\\n]{1,40}'|\"[^\"\\n]{1,40}\"|`[^`\\n]{1,40}`");
  /** The part of a question searched for a quoted part: an error message is short. */
  private static final int QUOTE_SCAN = 2_000;

  /**
   * Reads {@code text}: the words that name an API are left out of the terms. A name counts
   * fully, its parts half, since {@code db.query} says more than {@code db} and {@code query}
   * apart; stop words count only when the question has nothing else, and in a question that quotes
   * something, as a pasted error message does, the {@link #MESSAGE_WORDS} count half.
   */
  static Query of(String text, ApiNames names) {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens(text, word -> {
      words.add(word);
      return words.size() < MAX_WORDS;
    });
    ApiNames.Found found = names.find(words);
    boolean message = QUOTED.matcher(text.length() > QUOTE_SCAN ? text.substring(0, QUOTE_SCAN) : text).find();
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
        double weight = (k == 0 ? 1.0 : 0.5) * (message && MESSAGE_WORDS.contains(word) ? MESSAGE_WORD : 1);
        (stop ? stops : terms).merge(term, weight, Math::max);
      }
    }
    return new Query(terms.isEmpty() ? stops : terms, found.apis());
  }
}
