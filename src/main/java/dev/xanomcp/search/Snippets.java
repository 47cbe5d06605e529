package dev.xanomcp.search;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The few hundred characters of a section that show why it matched. */
final class Snippets {
  /** The longest snippet, in characters. */
  static final int MAX = 300;

  private Snippets() {}

  /**
   * The window of {@code text} (whitespace collapsed, its heading line left out) that holds the
   * most of the query's {@code terms}, cut at word boundaries.
   */
  static String around(String text, Collection<String> terms) {
    int newline = text.indexOf('\n');
    String flat = (newline < 0 ? "" : text.substring(newline + 1)).replaceAll("\\s+", " ").strip();
    if (flat.length() <= MAX) {
      return flat;
    }
    String lower = flat.toLowerCase(Locale.ROOT);
    List<String> words = terms.stream().filter(t -> t.length() > 1).toList();
    int bestStart = 0;
    int bestScore = -1;
    for (String word : words) {
      for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        int start = Math.max(0, at - MAX / 4);
        int score = score(lower, start, words);
        if (score > bestScore) {
          bestScore = score;
          bestStart = start;
        }
      }
    }
    int start = bestStart == 0 ? 0 : flat.indexOf(' ', bestStart) + 1;
    int end = Math.min(flat.length(), start + MAX);
    if (end < flat.length()) {
      int space = flat.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return (start > 0 ? "…" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "…" : "");
  }

  /** How many of the words occur in the window starting at {@code start}, each counted once. */
  private static int score(String lower, int start, List<String> words) {
    String window = lower.substring(start, Math.min(lower.length(), start + MAX));
    return (int) words.stream().filter(window::contains).count();
  }
}
