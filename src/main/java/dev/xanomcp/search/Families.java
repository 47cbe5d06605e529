package dev.xanomcp.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * Word families of the docs' own vocabulary: the verb and noun forms the light stemmer leaves
 * apart ("paginate" and "pagination", "expire", "expiry" and "expiration", "encrypt" and
 * "encryption"). Two words of the docs are of one family when one is the other plus an English
 * ending that makes a noun or an adjective of it, and the shorter has at least {@link #SHORTEST}
 * letters, so that short words ("act", "action") are not joined by accident.
 */
final class Families {
  /** Endings that turn a word of the docs into another of its family. */
  private static final List<String> ENDINGS = List.of("y", "ion", "ation", "ition", "ment", "ive", "ity", "able", "ible", "ance", "ence", "al");
  static final int SHORTEST = 5;

  private final Set<String> words = new HashSet<>();

  /** The families of {@code vocabulary}, the stemmed words of the docs (names are left out). */
  Families(Set<String> vocabulary) {
    vocabulary.stream().filter(w -> w.length() >= SHORTEST && !Tokenizer.isCompound(w)).forEach(words::add);
  }

  /** The other words of the docs in {@code word}'s family (a stemmed query word): its base and the base's other forms. */
  List<String> of(String word) {
    List<String> family = new ArrayList<>();
    if (word.length() < SHORTEST || Tokenizer.isCompound(word)) {
      return family;
    }
    List<String> bases = new ArrayList<>(List.of(word));
    for (String ending : ENDINGS) {
      String base = word.substring(0, Math.max(0, word.length() - ending.length()));
      if (word.endsWith(ending) && base.length() >= SHORTEST && words.contains(base)) {
        bases.add(base);
      }
    }
    for (String base : bases) {
      if (!base.equals(word)) {
        family.add(base);
      }
      for (String ending : ENDINGS) {
        String form = base + ending;
        if (!form.equals(word) && words.contains(form) && !family.contains(form)) {
          family.add(form);
        }
      }
    }
    return family;
  }
}
