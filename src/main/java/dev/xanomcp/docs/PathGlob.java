package dev.xanomcp.docs;

import java.util.Arrays;
import java.util.List;

/**
 * A glob of a topic's {@code apply_to} ({@code api/**}{@code /*.xs}) matched against a path wherever
 * its folders sit in it: {@code /home/me/shop/api/users/get.xs} matches as {@code api/users/get.xs}
 * does. In a name, {@code *} stands for any characters and {@code ?} for one; a part that is
 * {@code **} stands for any number of folders, none included (as in .gitignore). Matching takes
 * time in proportion to the path's length times the glob's, never the square of the path's.
 */
final class PathGlob {
  /** The names of the glob; {@code **} included as it is. */
  private final List<String> parts;

  PathGlob(String glob) {
    if (glob.isEmpty() || glob.chars().anyMatch(c -> "[]{}\\".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("glob '" + glob + "' uses more than names, '*', '?' and '**'");
    }
    parts = List.of(glob.split("/"));
  }

  /**
   * The names of a path given as the user wrote it, absolute or relative, with '/' or '\': a
   * drive letter and "." are dropped.
   */
  static String[] names(String filePath) {
    return Arrays.stream(filePath.trim().replace('\\', '/').split("/"))
        .filter(p -> !p.isEmpty() && !p.equals(".") && !(p.length() == 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0))))
        .toArray(String[]::new);
  }

  /** Whether the glob matches the last names of {@code path}, from some folder to its end. */
  boolean matchesEnd(String[] path) {
    int n = path.length;
    // rest[p]: the parts after the current one match path[p..]. After the last part, only the end does.
    boolean[] rest = new boolean[n + 1];
    rest[n] = true;
    boolean[] here = new boolean[n + 1];
    for (int k = parts.size() - 1; k >= 0; k--) {
      String part = parts.get(k);
      for (int p = n; p >= 0; p--) {
        here[p] = part.equals("**")
            ? rest[p] || p < n && here[p + 1]
            : p < n && rest[p + 1] && matches(part, path[p]);
      }
      boolean[] done = rest;
      rest = here;
      here = done;
    }
    for (boolean match : rest) {
      if (match) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one name matches one part of a glob: the usual wildcard match, which returns to the
   * last '*' on a mismatch, so it takes time in proportion to the name's length times the part's.
   */
  static boolean matches(String part, String name) {
    int p = 0;
    int n = 0;
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (p < part.length() && (part.charAt(p) == '?' || part.charAt(p) == name.charAt(n))) {
        p++;
        n++;
      } else if (p < part.length() && part.charAt(p) == '*') {
        star = p++;
        resume = n;
      } else if (star >= 0) {
        p = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (p < part.length() && part.charAt(p) == '*') {
      p++;
    }
    return p == part.length();
  }
}
