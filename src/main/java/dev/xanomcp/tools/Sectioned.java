package dev.xanomcp.tools;

import dev.xanomcp.docs.Names;
import dev.xanomcp.render.Budget;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the documentation tools share: finding a section by name, and keeping an answer within a budget. */
final class Sectioned {
  /** The budget argument of every documentation tool. */
  static final String MAX_TOKENS = Call.MAX_TOKENS;
  static final String SECTION = Call.SECTION;

  private Sectioned() {}

  static Param section() {
    return Param.text(SECTION, "one section: heading or id", Param.NAME_CAP);
  }

  static Param maxTokens(String description) {
    return Param.integer(MAX_TOKENS, description);
  }

  /** The budget asked for, brought into the range {@link Budget} allows. */
  static Optional<Integer> budget(Args args) {
    return args.integer(MAX_TOKENS).map(Budget::clamp);
  }

  /** The section called {@code name} (heading or id); an unknown name is an error listing the sections. */
  static Section find(List<Section> sections, String name, String topic) {
    return Sections.find(sections, name).orElseThrow(() -> {
      List<String> ids = sections.stream().map(Section::id).toList();
      // Headings often go on after their name ("db.query-options-where..."): compare with that
      // first word too.
      List<String> words = ids.stream().map(id -> id.replaceAll("-.*", "")).toList();
      String guess = Names.closest(Sections.slug(name), ids)
          .or(() -> Names.closest(Sections.slug(name), words).map(w -> ids.get(words.indexOf(w))))
          .map(n -> " Did you mean '" + n + "'?").orElse("");
      return new ToolInputException("Unknown section '" + Args.cut(name) + "' in topic " + topic + "." + guess + " Sections: " + String.join(", ", ids) + ".");
    });
  }

  /**
   * {@code markdown} within the token {@code budget}, if one was asked for: cut at a section
   * boundary, ending with what was left out and the call that reads it ({@code read}).
   */
  static String within(String markdown, Optional<Integer> budget, Function<String, Call> read, Call.Style calls) {
    if (budget.isEmpty()) {
      return markdown;
    }
    Budget.Cut cut = Budget.cut(markdown, Sections.of(markdown), Budget.bytes(budget.get()));
    if (cut.whole()) {
      return markdown;
    }
    return cut.text() + "\n" + Budget.note(markdown, cut.leftOut(), s -> read.apply(s.id()), calls) + "\n";
  }

  static String unknownTopic(String name, List<String> names) {
    String guess = Names.closest(name, names).map(n -> " Did you mean '" + n + "'?").orElse("");
    return "Unknown topic '" + Args.cut(name) + "'." + guess + " Use one of: " + String.join(", ", names) + ".";
  }
}
