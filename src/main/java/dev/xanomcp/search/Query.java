package dev.xanomcp.search;

import dev.xanomcp.Checkpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question as the index reads it: its terms with their weights, the APIs it names, and its words
 * in order (for the phrases of the lexicon). Only the first {@link #MAX_WORDS} words and {@link
 * #MAX_TERMS} different terms count, so a question of any length costs at most a few hundred
 * look-ups.
 */
record Query(Map<String, Double> terms, Set<String> apis, Set<String> leanings, List<Word> words, Set<String> operators) {
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
  /** What a name quoted in a pasted error message counts: more than the message's other words. */
  private static final double QUOTED_NAME = 1.5;
  /**
   * Words that are names in XanoScript or SQL ({@code in}, {@code not}, {@code LIKE}, {@code
   * where}), the prefix of a CLI flag that turns something off ({@code --no-tasks}), the word for
   * a list ("all functions", as a GET of a collection is headed) or the product's name ("xano:
   * command not found") but in most questions only glue ("a field like this", "in xano", "where do
   * I", "no profile is configured"): they count a little, and fully when written in capitals as SQL
   * writes them.
   */
  static final Set<String> WEAK = Set.of("in", "not", "no", "like", "where", "xano", "all");
  private static final double WEAK_WEIGHT = 0.3;
  /**
   * Other languages' names: a question names one to say where the name it asks about comes from
   * ("SQL LIMIT", "python enumerate"), so it counts a little, in capitals too; the lexicon still
   * reads it in its phrases ("raw sql"). JavaScript is not one of them: the language's lambdas are
   * JavaScript.
   */
  static final Set<String> LANGUAGES = Set.of("sql", "python", "php", "ruby", "java");
  /** A quoted part, as error messages quote the name they are about. */
  private static final Pattern QUOTED = Pattern.compile("'[^'\\n]{1,40}'|\"[^\"\\n]{1,40}\"|`[^`\\n]{1,40}`");
  /** A URL's scheme and host: a question that pastes a URL asks about the URL, not about its host's words. */
  private static final Pattern URL_HOST = Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\\s/]*");
  /** The term a pasted URL stands for. */
  static final String URL = "url";
  /** The part of a question searched for a quoted part: an error message is short. */
  static final int QUOTE_SCAN = 2_000;
  /** Words that end a negated part: "without deleting it and ...". */
  private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "or", "so", "then", "while", "because", "yet");
  /** Determiners after "not" that make it negate what follows ("not the Run API"). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "any");
  /** What a negated word counts: a little, since the docs may contrast the two ("HTML instead of JSON"). */
  private static final double NEGATED = 0.25;
  /** The most words a negation covers. */
  private static final int NEGATED_WORDS = 3;

  /** The most operators of a question read. */
  static final int MAX_OPERATORS = 20;

  /**
   * One word of a question: the word as written (lower case), its first term ("" for a word that
   * names an API), and whether it is a stop word, is negated, or is written in capitals as SQL
   * keywords and acronyms are ("LIMIT").
   */
  record Word(String token, String term, boolean stop, boolean negated, boolean capitals) {}

  /**
   * Reads {@code text}: the words that name an API are left out of the terms. A name counts
   * fully, its parts half, since {@code db.query} says more than {@code db} and {@code query}
   * apart; stop words count only when the question has nothing else, {@link #WEAK} words a little.
   * In a pasted error message (a quoted part and a {@link #MESSAGE_WORDS message word}) the
   * message words count half and the quoted names more. A negated part ("without deleting it",
   * "instead of JSON", "not the Run API") adds no terms and names no API. A URL's scheme and host
   * are the word {@link #URL}.
   */
  static Query of(String question, ApiNames names) {
    Matcher url = URL_HOST.matcher(question.length() > QUOTE_SCAN ? question.substring(0, QUOTE_SCAN) : question);
    boolean pasted = url.find();
    String text = pasted ? url.replaceAll(host -> " ".repeat(host.group().length())) + question.substring(Math.min(question.length(), QUOTE_SCAN)) : question;
    List<String> tokens = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Tokenizer.spans(text, (token, start, end) -> {
      tokens.add(token);
      spans.add(new int[] {start, end});
      return tokens.size() < MAX_WORDS;
    });
    boolean[] negated = negated(text, tokens, spans);
    List<String> affirmed = new ArrayList<>(tokens);
    for (int i = 0; i < affirmed.size(); i++) {
      if (negated[i]) {
        affirmed.set(i, "");
      }
    }
    ApiNames.Found found = names.find(affirmed);
    List<int[]> quotes = new ArrayList<>();
    Matcher quote = QUOTED.matcher(text.length() > QUOTE_SCAN ? text.substring(0, QUOTE_SCAN) : text);
    while (quote.find()) {
      quotes.add(new int[] {quote.start(), quote.end()});
    }
    boolean message = !quotes.isEmpty() && tokens.stream().anyMatch(MESSAGE_WORDS::contains);
    Map<String, Double> terms = new LinkedHashMap<>();
    Map<String, Double> stops = new LinkedHashMap<>();
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Checkpoint.check();
      String word = tokens.get(i);
      List<String> forms = Tokenizer.termsOf(word);
      if (found.words().contains(i)) {
        words.add(new Word(word, "", false, false, false));
        continue;
      }
      boolean capitals = capitals(text, spans.get(i));
      words.add(new Word(word, forms.get(0), Tokenizer.STOP.contains(word), negated[i], capitals));
      if (terms.size() >= MAX_TERMS) {
        continue;
      }
      boolean weak = WEAK.contains(word) && !capitals || LANGUAGES.contains(word);
      boolean quoted = message && within(spans.get(i)[0], quotes);
      for (int k = 0; k < forms.size(); k++) {
        String term = forms.get(k);
        // A stop word in capitals is a keyword of SQL ("AS", "ON", "BY"), as a weak word in capitals is.
        boolean keyword = capitals && Tokenizer.STOP.contains(word);
        boolean stop = Tokenizer.STOP.contains(k == 0 ? word : term) && !keyword;
        double weight = (k == 0 ? 1.0 : 0.5) * (message && MESSAGE_WORDS.contains(word) ? MESSAGE_WORD : 1) * (weak ? WEAK_WEIGHT : 1)
            * (quoted ? QUOTED_NAME : 1) * (negated[i] ? NEGATED : 1);
        (stop ? stops : terms).merge(term, weight, Math::max);
      }
    }
    if (pasted) {
      terms.merge(URL, 1.0, Math::max);
    }
    Set<String> operators = operators(text);
    // An operator is a name the docs show in code: it counts as one.
    operators.forEach(operator -> terms.merge(operator, 1.0, Math::max));
    return new Query(terms.isEmpty() ? stops : terms, found.apis(), names.leanings(affirmed), List.copyOf(words), operators);
  }

  /** The first {@link #MAX_OPERATORS} operators {@code text} writes in its first {@link #QUOTE_SCAN} characters. */
  private static Set<String> operators(String text) {
    Set<String> operators = new LinkedHashSet<>();
    Tokenizer.operators(text.length() > QUOTE_SCAN ? text.substring(0, QUOTE_SCAN) : text, operator -> {
      operators.add(operator);
      return operators.size() < MAX_OPERATORS;
    });
    return operators;
  }

  /**
   * Which words a negation covers: the few words after "without" plus a verb in "-ing", "instead
   * of", "rather than", "other than", "except" and "not" plus a determiner, up to the end of the
   * clause. "Without" before a noun is left alone: "public without authentication" is about it.
   */
  private static boolean[] negated(String text, List<String> tokens, List<int[]> spans) {
    boolean[] negated = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Checkpoint.check();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      String word = tokens.get(i);
      int end = switch (word) {
        case "without" -> next.endsWith("ing") ? i : -1;
        case "instead" -> next.equals("of") ? i + 1 : -1;
        case "rather", "other" -> next.equals("than") ? i + 1 : -1;
        case "except" -> i;
        case "not" -> DETERMINERS.contains(next) ? i + 1 : -1;
        default -> -1;
      };
      if (end < 0) {
        continue;
      }
      for (int cue = i; cue <= end; cue++) {
        negated[cue] = true;
      }
      int content = 0;
      for (int j = end + 1; j < tokens.size() && content < NEGATED_WORDS && !breaks(text, spans, j) && !CLAUSE_WORDS.contains(tokens.get(j)); j++) {
        negated[j] = true;
        content += Tokenizer.STOP.contains(tokens.get(j)) ? 0 : 1;
      }
    }
    return negated;
  }

  /** Whether punctuation between word {@code j} and the one before ends a clause. */
  private static boolean breaks(String text, List<int[]> spans, int j) {
    for (int c = spans.get(j - 1)[1]; c < spans.get(j)[0]; c++) {
      if (",;:!?()\n".indexOf(text.charAt(c)) >= 0 || text.charAt(c) == '.' && c + 1 < text.length() && text.charAt(c + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code span} is written in capitals, as SQL keywords are ("LIKE"). */
  private static boolean capitals(String text, int[] span) {
    String word = text.substring(span[0], span[1]);
    return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
  }

  private static boolean within(int position, List<int[]> ranges) {
    return ranges.stream().anyMatch(r -> position >= r[0] && position < r[1]);
  }
}
