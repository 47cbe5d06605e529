package dev.xanomcp.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into search terms. XanoScript names are kept whole and split: {@code db.query} gives
 * {@code db.query}, {@code db} and {@code query}; {@code $input.page} gives {@code input.page},
 * {@code input} and {@code page}; {@code to_lower} gives {@code to_lower}, {@code to} and {@code
 * lower}. Words are lower-cased and lightly stemmed ({@code sorting}, {@code sorts} and {@code
 * sorted} are all {@code sort}), the parts of a name too, so that "pages" meets {@code
 * $input.page}; a whole name is never stemmed.
 */
final class Tokenizer {
  /** Words that say nothing about what is asked. */
  static final Set<String> STOP = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "in", "into",
      "is", "it", "its", "me", "my", "of", "on", "or", "should", "so", "that", "the", "then", "there", "this", "to",
      "use", "using", "via", "was", "what", "when", "where", "which", "with", "you", "your", "we", "our", "get", "write");

  private Tokenizer() {}

  /** The terms of {@code text}, stop words included (documents keep them; queries drop them). */
  static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < lower.length()) {
      char c = lower.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < lower.length() && (isWordChar(lower.charAt(i)) || isJoiner(lower, i))) {
        i++;
      }
      add(lower.substring(start, i), terms);
    }
    return terms;
  }

  /** The terms of a query: as {@link #terms}, without stop words. */
  static List<String> query(String text) {
    List<String> terms = new ArrayList<>(terms(text));
    terms.removeIf(STOP::contains);
    return terms.isEmpty() ? terms(text) : terms;
  }

  /**
   * The terms of a query with their weights: a name counts fully, its parts half, since {@code
   * db.query} says more than {@code db} and {@code query} apart.
   */
  static Map<String, Double> weighted(String text) {
    Set<String> parts = new HashSet<>();
    for (String term : terms(text)) {
      if (term.indexOf('.') >= 0 || term.indexOf('_') >= 0) {
        parts.addAll(terms(term.replace('.', ' ').replace('_', ' ')));
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String term : query(text)) {
      weights.merge(term, parts.contains(term) ? 0.5 : 1.0, Math::max);
    }
    return weights;
  }

  private static void add(String token, List<String> terms) {
    boolean compound = token.indexOf('.') >= 0 || token.indexOf('_') >= 0;
    if (!compound) {
      terms.add(isName(token) ? token : stem(token));
      return;
    }
    terms.add(token);
    for (String part : token.split("[._]+")) {
      if (!part.isEmpty()) {
        terms.add(isName(part) ? part : stem(part));
      }
    }
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c > 0x7f && Character.isLetterOrDigit(c);
  }

  /** A '.' between two word characters joins them into one name, as in {@code db.query}. */
  private static boolean isJoiner(String text, int i) {
    return text.charAt(i) == '.' && i + 1 < text.length() && isWordChar(text.charAt(i + 1)) && i > 0 && isWordChar(text.charAt(i - 1));
  }

  /** Digits and short tokens are kept as they are. */
  private static boolean isName(String token) {
    if (token.length() <= 3) {
      return true;
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A light English stemmer: plural and verb endings, then a final 'e' and a doubled consonant,
   * so that "queries"/"query", "paging"/"pages"/"paged" and "running"/"runs" meet. Documents and
   * queries are stemmed alike, so consistency matters more than linguistic accuracy.
   */
  static String stem(String word) {
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("es") && w.length() > 4 && "sxz".indexOf(w.charAt(w.length() - 3)) >= 0) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ed") && w.length() > 4) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouls".indexOf(w.charAt(n - 1)) < 0) {
      w = w.substring(0, n - 1);
    }
    return w;
  }
}
