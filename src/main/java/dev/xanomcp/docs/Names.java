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
   * The candidate {@code input} most likely means, in this order: one whose name starts with it
   * ("ses" finds "session"), one whose name contains it ("server" finds "mcp_server"), one it
   * starts with ("workflows_x" finds "workflows"), else the nearest by edit distance if that
   * distance is small for the name's length ("sesion" finds "session"). Ties go to the earlier
   * candidate, so the order of {@code candidates} decides.
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
    if (found.isPresent()) {
      return found;
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
    return bestDistance <= Math.max(2, wanted.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
   * letters ("qeury" is one edit from "query"): the optimal-string-alignment distance.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
