package dev.xanomcp.xanoscript;

import dev.xanomcp.docs.Names;
import java.util.Locale;
import java.util.Optional;

/** Text helpers of the name checks: the name a token spells, and the declared name nearest a misspelt one. */
final class NameText {
  /** Names longer than this get no suggestion, so that a hostile name costs no quadratic work. */
  static final int MAX_COMPARED = 64;
  /** The most candidates one suggestion looks at. */
  static final int MAX_CANDIDATES = 1000;

  private NameText() {}

  /** {@code name} as a message quotes it: cut after {@link #MAX_COMPARED} characters. */
  static String shown(String name) {
    return name.length() <= MAX_COMPARED ? name : name.substring(0, MAX_COMPARED) + "…";
  }

  /** The text of a name token: a quoted string without its quotes, anything else as written. */
  static String unquote(String text) {
    if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'') && text.charAt(text.length() - 1) == text.charAt(0)) {
      return text.substring(1, text.length() - 1).replace("\\" + text.charAt(0), String.valueOf(text.charAt(0)));
    }
    return text;
  }

  /**
   * The candidate {@code name} most likely misspells: the same name in other letter case; else one
   * edit away; else one that begins with it or that it begins with (three letters at least); else
   * the nearest within two edits up to ten letters, three beyond. Ties go to the earlier candidate.
   */
  static Optional<String> nearest(String name, Iterable<String> candidates) {
    if (name.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    int letters = wanted.replace("$", "").length();
    int allowed = letters <= 4 ? 1 : letters <= 10 ? 2 : 3;
    String best = null;
    int bestDistance = allowed + 1;
    String prefixed = null;
    int seen = 0;
    for (String candidate : candidates) {
      if (seen++ == MAX_CANDIDATES) {
        break;
      }
      String key = candidate.toLowerCase(Locale.ROOT);
      if (candidate.equals(name)) {
        continue;
      }
      if (key.equals(wanted)) {
        return Optional.of(candidate);
      }
      if (prefixed == null && letters >= 3 && key.replace("$", "").length() >= 3 && (key.startsWith(wanted) || wanted.startsWith(key))) {
        prefixed = candidate;
      }
      if (Math.abs(key.length() - wanted.length()) >= bestDistance || key.length() > MAX_COMPARED) {
        continue;
      }
      int distance = Names.distance(wanted, key, bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(bestDistance <= 1 || prefixed == null ? best : prefixed);
  }
}
