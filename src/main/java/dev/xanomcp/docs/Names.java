package dev.xanomcp.docs;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a client probably meant. Edit distance is a dozen lines, so it is written here
 * rather than pulling in a text library for it.
 */
public final class Names {
  private Names() {}

  /**
   * The form names are compared in: trimmed, lower case, with '-' and ' ' read as '_', so that
   * "MCP-Server" finds "mcp_server" and "unit_testing" finds "unit-testing".
   */
  public static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /**
   * The candidate closest to {@code input}: one that starts with or contains it, else the one with
   * the smallest edit distance, if that distance is small compared with the name's length.
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String wanted = key(input);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, key(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= Math.max(2, wanted.length() / 3)) {
      return Optional.of(best);
    }
    return candidates.stream()
        .filter(c -> key(c).startsWith(wanted) || wanted.startsWith(key(c)))
        .findFirst();
  }

  /** Levenshtein distance with one rolling row. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
