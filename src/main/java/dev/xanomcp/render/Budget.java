package dev.xanomcp.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Token budgets. An answer that would pass its budget is cut at a section boundary, never inside
 * a section, and ends with what was left out and the exact call that reads it. Tokens are
 * estimated as bytes / 4, which is close for English Markdown and errs large for code.
 */
public final class Budget {
  /** The smallest and largest budgets a caller may ask for; others are clamped into this range. */
  public static final int MIN_TOKENS = 500;
  public static final int MAX_TOKENS = 20_000;
  /** Bytes kept free for the note that ends a cut answer. */
  static final int NOTE_BYTES = 600;

  private Budget() {}

  /** A requested budget brought into [{@link #MIN_TOKENS}, {@link #MAX_TOKENS}]. */
  public static int clamp(int tokens) {
    return Math.max(MIN_TOKENS, Math.min(MAX_TOKENS, tokens));
  }

  public static int bytes(int tokens) {
    return tokens * 4;
  }

  /** The kept text and the sections left out, outermost first (a section left out whole hides its subsections). */
  public record Cut(String text, List<Section> leftOut) {
    public Cut {
      leftOut = List.copyOf(leftOut);
    }

    public boolean whole() {
      return leftOut.isEmpty();
    }
  }

  /**
   * {@code markdown} cut to at most {@code maxBytes} (less room for the note) at a section boundary.
   * The room kept for the note grows with the sections it must name, so that a long topic cut
   * early, whose note lists dozens of sections, still ends within the budget.
   */
  public static Cut cut(String markdown, List<Section> sections, int maxBytes) {
    if (Sections.bytes(markdown) <= maxBytes) {
      return new Cut(markdown, List.of());
    }
    int limit = maxBytes - NOTE_BYTES;
    while (true) {
      Cut cut = cutAt(markdown, sections, limit);
      int room = noteBytes(cut.leftOut());
      if (room <= maxBytes - limit || limit <= 0) {
        return cut;
      }
      limit = maxBytes - room;
    }
  }

  /** What the note of {@link #note} may take: its fixed words and call, and a line's worth per section. */
  private static int noteBytes(List<Section> leftOut) {
    return NOTE_BYTES / 2 + leftOut.stream().mapToInt(s -> Sections.bytes(s.id()) + 14).sum();
  }

  private static Cut cutAt(String markdown, List<Section> sections, int limit) {
    int kept = sections.isEmpty() ? markdown.length() : sections.get(0).start();
    if (Sections.bytes(markdown.substring(0, kept)) > limit) {
      kept = 0;
    }
    int used = Sections.bytes(markdown.substring(0, kept));
    for (Section section : sections) {
      int size = Sections.bytes(markdown.substring(section.start(), section.ownEnd()));
      if (section.start() != kept || used + size > limit) {
        break;
      }
      kept = section.ownEnd();
      used += size;
    }
    int cut = kept;
    List<Section> left = new ArrayList<>();
    for (Section section : sections) {
      boolean inside = left.stream().anyMatch(l -> section.start() >= l.start() && section.end() <= l.end());
      if (section.start() >= cut && !inside) {
        left.add(section);
      }
    }
    return new Cut(markdown.substring(0, cut).stripTrailing() + "\n", left);
  }

  /**
   * The note that ends a cut answer: each left-out section with its size, and the call that
   * reads the first of them.
   */
  public static String note(String markdown, List<Section> leftOut, Function<Section, Call> read, Call.Style calls) {
    String list = leftOut.stream()
        .map(s -> "`" + s.id() + "` (" + size(Sections.bytes(s.text(markdown))) + ")")
        .collect(Collectors.joining(", "));
    return "Left out to stay within the token budget: " + list + ". Read the next one: " + calls.write(read.apply(leftOut.get(0)))
        + " (or raise `max_tokens`).";
  }

  /** A size as people read it: {@code 1.2 KB}. */
  public static String size(int bytes) {
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }
}
