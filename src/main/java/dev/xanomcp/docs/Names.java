package dev.xanomcp.docs;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a client probably meant. Edit distance is a dozen lines, so it is written here
 * rather than pulling in a text library for it.
 */
public final class Names {
  /** Names longer than this are never compared letter by letter: misspelt names are short. */
  public static final int MAX_LENGTH = 64;

  private Names() {}

  /**
   * The form names are compared in: trimmed, lower case, with '-' and ' ' read as '_', so that
   * "MCP-Server" finds "mcp_server" and "unit_testing" finds "unit-testing".
   */
  public static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /**
   * The candidate {@code input} most likely means, in this order: one whose name starts with it
   * ("ses" finds "session"), one whose name contains it ("server" finds "mcp_server"), one it
   * starts with ("workflows_x" finds "workflows"), else the nearest by edit distance if that
   * distance is small for the name's length ("sesion" finds "session"). Ties go to the earlier
   * candidate, so the order of {@code candidates} decides. An input longer than {@link
   * #MAX_LENGTH} is no misspelling of a name: it gets no edit-distance guess.
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String wanted = key(input);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> found = candidates.stream().filter(c -> key(c).startsWith(wanted)).findFirst();
    if (found.isEmpty() && wanted.length() >= 3) {
      found = candidates.stream().filter(c -> key(c).contains(wanted)).findFirst();
    }
    if (found.isEmpty()) {
      found = candidates.stream().filter(c -> key(c).length() >= 3 && wanted.startsWith(key(c))).findFirst();
    }
    if (found.isPresent() || wanted.length() > MAX_LENGTH) {
      return found;
    }
    int allowed = Math.max(2, wanted.length() / 3);
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : candidates) {
      int distance = distance(wanted, key(candidate), allowed);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
   * letters ("qeury" is one edit from "query"): the optimal-string-alignment distance, if it is at
   * most {@code max}; else {@code max + 1}. Two different names of which one is longer than
   * {@link #MAX_LENGTH} are also {@code max + 1} apart, so the work stays small whatever the input:
   * three rows of at most {@code MAX_LENGTH + 1} numbers.
   */
  public static int distance(String a, String b, int max) {
    if (a.equals(b)) {
      return 0;
    }
    if (Math.abs(a.length() - b.length()) > max || a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
      return max + 1;
    }
    int[] twoBack = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = d;
        rowMinimum = Math.min(rowMinimum, d);
      }
      if (rowMinimum > max) {
        return max + 1;
      }
      int[] oldest = twoBack;
      twoBack = previous;
      previous = current;
      current = oldest;
    }
    return Math.min(previous[b.length()], max + 1);
  }
}
