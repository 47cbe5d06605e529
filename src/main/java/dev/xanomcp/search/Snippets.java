package dev.xanomcp.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The lines of a section that show why it matched, in a few hundred characters. */
final class Snippets {
  /** The longest snippet, in characters. */
  static final int MAX = 300;
  /** The most lines a snippet shows. */
  static final int LINES = 3;
  private static final String GAP = " … ";
  /** The rule under a table's header row. */
  private static final Pattern RULE = Pattern.compile("[|:\\- ]+");

  private Snippets() {}

  /** One line of a section, where it stands, and the weight of the query's terms it holds. */
  private record Line(int at, String text, double matches) {}

  /** The snippet for {@code terms} that all weigh alike. */
  static String of(String text, Collection<String> terms) {
    return of(text, alike(terms));
  }

  /** {@code terms}, each of weight 1. */
  static Map<String, Double> alike(Collection<String> terms) {
    return terms.stream().collect(Collectors.toMap(t -> t, t -> 1.0, (a, b) -> a));
  }

  /**
   * The lines of {@code text} (its heading, fences, blank lines, table headers and rules left out)
   * whose distinct terms of the query weigh most ({@code weights}: a rare name the question stands
   * for outweighs two everyday words), in the order of the text, joined by " … "; a long line is
   * cut around its first match. Without a matching line, the section's first lines.
   */
  static String of(String text, Map<String, Double> weights) {
    Set<String> terms = weights.keySet();
    // Small numbers ("5 minutes") match too many lines of examples to show why a section matched.
    Set<String> words = terms.stream().filter(t -> !t.matches("\\d{1,2}")).collect(Collectors.toSet());
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\n");
    for (int i = 1; i < raw.length; i++) {
      String line = raw[i].strip().replaceAll("\\s+", " ");
      boolean header = i + 1 < raw.length && RULE.matcher(raw[i + 1].strip()).matches() && line.startsWith("|");
      if (!line.isEmpty() && !line.startsWith("```") && !line.startsWith("~~~") && !RULE.matcher(line).matches() && !header) {
        lines.add(new Line(i, line, Tokenizer.terms(line).stream().distinct().filter(words::contains).mapToDouble(weights::get).sum()));
      }
    }
    List<Line> chosen = new ArrayList<>(lines.stream().filter(l -> l.matches() > 0)
        .sorted(Comparator.comparingDouble(Line::matches).reversed().thenComparingInt(Line::at)).limit(LINES).toList());
    if (chosen.isEmpty()) {
      return cut(String.join(" ", lines.stream().map(Line::text).toList()), 0, MAX - 2);
    }
    chosen.sort(Comparator.comparingInt(Line::at));
    StringBuilder snippet = new StringBuilder();
    // Each line gets its share, less the gaps and the two "…" a cut line may carry.
    int budget = (MAX - GAP.length() * (chosen.size() - 1)) / chosen.size() - 2;
    for (Line line : chosen) {
      if (snippet.length() > 0) {
        snippet.append(GAP);
      }
      snippet.append(cut(line.text(), firstMatch(line.text(), terms), budget));
    }
    return snippet.toString();
  }

  /** Where in {@code line} the first of {@code terms} starts (terms are stems: "pagin" is in "Pagination"). */
  private static int firstMatch(String line, Collection<String> terms) {
    String lower = line.toLowerCase(Locale.ROOT);
    int first = line.length();
    for (String term : terms) {
      int at = term.length() > 1 ? lower.indexOf(term) : -1;
      if (at >= 0 && at < first) {
        first = at;
      }
    }
    return first == line.length() ? 0 : first;
  }

  /**
   * At most {@code length} characters of {@code text} that show the place {@code from}, cut at
   * spaces, with "…" where text was left out.
   */
  private static String cut(String text, int from, int length) {
    if (text.length() <= length) {
      return text;
    }
    int start = Math.max(0, Math.min(from - length / 4, text.length() - length));
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space < 0 || space >= from ? start : space + 1;
    }
    int end = Math.min(text.length(), start + length);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
  }
}
