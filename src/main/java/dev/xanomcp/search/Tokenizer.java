package dev.xanomcp.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into search terms. XanoScript names are kept whole and split: {@code db.query} gives
 * {@code db.query}, {@code db} and {@code query}; {@code $input.page} gives {@code input.page},
 * {@code input} and {@code page}; {@code to_lower} gives {@code to_lower}, {@code to} and {@code
 * lower}. Words are lower-cased and lightly stemmed ({@code sorting}, {@code sorts} and {@code
 * sorted} are all {@code sort}), the parts of a name too, so that "pages" meets {@code
 * $input.page}; a whole name is never stemmed. A token longer than {@link #MAX_TOKEN} is no word
 * or name of these docs and is skipped, so no work or memory goes into it.
 */
final class Tokenizer {
  /** The longest token that becomes a term. */
  static final int MAX_TOKEN = 64;

  /**
   * Words that say nothing about what is asked. Words that are also names ("in", "not", "like") or
   * the product's name are no stop words: a question counts them a little (see {@link Query#WEAK}).
   */
  static final Set<String> STOP = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "into",
      "is", "it", "its", "me", "my", "of", "on", "or", "should", "so", "that", "the", "then", "there", "this", "to",
      "use", "using", "via", "was", "what", "when", "which", "with", "you", "your", "we", "our", "get", "write",
      "whether", "together", "through", "would", "could", "please", "just", "also", "their", "them", "they", "these", "those", "than",
      "about", "want", "need", "way", "possible", "here", "have", "has", "had", "will", "am", "been", "being",
      "some", "any", "anything", "something", "may", "might", "must", "cannot",
      "s", "t", "d", "m", "ll", "ve", "re");

  private Tokenizer() {}

  /** Receives the tokens of a text, lower-cased, in order; answers false to stop the reading. */
  interface Sink {
    boolean token(String token);
  }

  /** Receives the tokens of a text with where each starts and ends in it; answers false to stop the reading. */
  interface SpanSink {
    boolean token(String token, int start, int end);
  }

  /**
   * Reads the tokens of {@code text} in order, until the end or until {@code sink} says stop: runs
   * of letters, digits and '_', joined by a '.' between two of them ({@code db.query}).
   */
  static void tokens(String text, Sink sink) {
    spans(text, (token, start, end) -> sink.token(token));
  }

  /** Reads the tokens of {@code text} as {@link #tokens(String, Sink)} does, each with its place in the text. */
  static void spans(String text, SpanSink sink) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
        i++;
      }
      if (i - start <= MAX_TOKEN && !sink.token(token(text, start, i), start, i)) {
        return;
      }
    }
  }

  /**
   * The token from {@code start} to {@code end}, lower-cased. A variable of one word keeps its
   * '$' ({@code $list}, {@code $this}), so that the names examples give their values do not count
   * as words ("list"); a longer one is a path of names ({@code $input.page}).
   */
  private static String token(String text, int start, int end) {
    String token = text.substring(start, end).toLowerCase(Locale.ROOT);
    return start > 0 && text.charAt(start - 1) == '$' && !isCompound(token) ? "$" + token : token;
  }

  /** Characters of operators ("??", "+=", "==?"): a run of two or more of them is an operator. */
  private static final String OPERATOR_CHARS = "=!<>?+-*/%&|^~@.:";

  /** The placeholders of printf-like formats ("%s has %d items"), which a question writes as operators. */
  private static final String PLACEHOLDERS = "sdf";

  /**
   * Reads the operators of {@code text} in order, until the end or until {@code sink} says stop:
   * runs of two or more operator characters ({@code ??}, {@code +=}, {@code ==?}), which the terms
   * of words leave out, and printf's placeholders ({@code %s}, {@code %d}, {@code %f}).
   */
  static void operators(String text, Sink sink) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int start = i;
      while (i < n && OPERATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i - start >= 2 && i - start <= MAX_TOKEN && !sink.token(text.substring(start, i))) {
        return;
      }
      boolean placeholder = i - start == 1 && text.charAt(start) == '%' && i < n && PLACEHOLDERS.indexOf(text.charAt(i)) >= 0
          && (i + 1 == n || !isWordChar(text.charAt(i + 1)));
      if (placeholder && !sink.token(text.substring(start, i + 1))) {
        return;
      }
    }
  }

  /** Whether {@code text} is one operator, as {@link #operators} reads them. */
  static boolean isOperator(String text) {
    List<String> found = new ArrayList<>();
    operators(text, found::add);
    return found.equals(List.of(text));
  }

  /** The terms of {@code text}, stop words included (documents keep them; queries drop them). */
  static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    tokens(text, token -> {
      add(token, terms);
      return true;
    });
    return terms;
  }

  /** The terms of one token: a name whole and its parts, or one stemmed word. */
  static List<String> termsOf(String token) {
    List<String> terms = new ArrayList<>(3);
    add(token, terms);
    return terms;
  }

  /** Whether a token is a name made of parts ({@code db.query}, {@code to_lower}). */
  static boolean isCompound(String token) {
    return token.indexOf('.') >= 0 || token.indexOf('_') >= 0;
  }

  private static void add(String token, List<String> terms) {
    if (!isCompound(token)) {
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
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c > 0x7f && Character.isLetterOrDigit(c);
  }

  /** A '.' between two word characters joins them into one name, as in {@code db.query}. */
  private static boolean isJoiner(String text, int i) {
    return text.charAt(i) == '.' && i + 1 < text.length() && isWordChar(text.charAt(i + 1)) && i > 0 && isWordChar(text.charAt(i - 1));
  }

  /** Variables, digits and short tokens are kept as they are. */
  private static boolean isName(String token) {
    if (token.length() <= 3 || token.charAt(0) == '$') {
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
   * queries are stemmed alike, so consistency matters more than linguistic accuracy. Words of one
   * family that it leaves apart ("paginate", "pagination") are joined by {@link Families}.
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
    // "-ing" and "-ed" only after a vowel: "sorting" is "sort", "string" stays "string".
    if (w.endsWith("ing") && w.length() > 5 && hasVowel(w, w.length() - 3)) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ed") && !w.endsWith("eed") && w.length() > 4 && hasVowel(w, w.length() - 2)) {
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

  private static boolean hasVowel(String word, int end) {
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
