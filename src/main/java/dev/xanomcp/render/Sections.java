package dev.xanomcp.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits Markdown into its sections: one per heading of level 1 to 3 outside code fences. Pure
 * functions of the text; the ids are stable as long as the headings are.
 */
public final class Sections {
  /** The id of the text under the document's title, before its first level-2 heading. */
  public static final String INTRO = "intro";

  private Sections() {}

  /** The sections of {@code markdown}, in document order; a level-1 heading becomes {@link #INTRO}. */
  public static List<Section> of(String markdown) {
    List<int[]> headings = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    String fence = null;
    for (int at = 0; at < markdown.length(); ) {
      int newline = markdown.indexOf('\n', at);
      int lineEnd = newline < 0 ? markdown.length() : newline;
      String line = markdown.substring(at, lineEnd);
      String trimmed = line.stripLeading();
      if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        fence = trimmed.replaceAll("^(`+|~+).*", "$1");
      } else if (fence != null) {
        if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).isBlank()) {
          fence = null;
        }
      } else {
        int level = level(line);
        if (level > 0) {
          headings.add(new int[] {at, level, Math.min(lineEnd + 1, markdown.length())});
          titles.add(line.substring(level + 1).strip());
        }
      }
      at = newline < 0 ? markdown.length() : newline + 1;
    }
    List<Section> sections = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] open = new String[4];
    for (int i = 0; i < headings.size(); i++) {
      int[] heading = headings.get(i);
      int level = heading[1];
      int ownEnd = i + 1 < headings.size() ? headings.get(i + 1)[0] : markdown.length();
      int end = markdown.length();
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j)[1] <= level) {
          end = headings.get(j)[0];
          break;
        }
      }
      String title = titles.get(i);
      open[level] = title;
      for (int deeper = level + 1; deeper < open.length; deeper++) {
        open[deeper] = null;
      }
      List<String> path = new ArrayList<>();
      for (int l = 2; l <= level; l++) {
        if (open[l] != null) {
          path.add(open[l]);
        }
      }
      if (level == 1) {
        path.add(title);
        end = ownEnd;
      }
      String id = level == 1 ? INTRO : unique(slug(title), ids);
      ids.add(id);
      sections.add(new Section(id, title, level, path, heading[0], heading[2], ownEnd, end));
    }
    return sections;
  }

  /**
   * The section whose id or heading text is {@code name}, compared without case; else the first
   * whose id starts with it as a whole word, so that {@code db.query} finds the section headed
   * "db.query options: where, sort, return".
   */
  public static Optional<Section> find(List<Section> sections, String name) {
    String wanted = name.strip();
    String slug = slug(wanted);
    Optional<Section> exact = sections.stream()
        .filter(s -> s.id().equals(wanted) || s.title().equalsIgnoreCase(wanted) || s.id().equals(slug))
        .findFirst();
    return exact.isPresent() || slug.isEmpty() ? exact : sections.stream().filter(s -> s.id().startsWith(slug + "-")).findFirst();
  }

  /**
   * The id form of a heading: lower case, each run of characters other than letters, digits,
   * '_' and '.' made one '-': {@code GET /session/{session_id}} is {@code get-session-session_id},
   * {@code db.query} stays {@code db.query}.
   */
  public static String slug(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]+", "-");
    return slug.replaceAll("^[-.]+|[-.]+$", "");
  }

  /** Bytes of a text in UTF-8: what budgets count. */
  public static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String unique(String slug, Set<String> taken) {
    String base = slug.isEmpty() || slug.equals(INTRO) ? "section" : slug;
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static int level(String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    return level >= 1 && level <= 3 && line.length() > level + 1 && line.charAt(level) == ' ' ? level : 0;
  }
}
