package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTest {
  /** A document of four sections of about 1 KB each. */
  static final String DOC = "# T\n" + "intro\n" + "## a\n" + "x".repeat(1000) + "\n## b\n" + "y".repeat(1000) + "\n### b1\n" + "z".repeat(1000)
      + "\n## c\n" + "w".repeat(1000) + "\n";

  @Test
  void aDocumentWithinItsBudgetIsKeptWhole() {
    Budget.Cut cut = Budget.cut(DOC, Sections.of(DOC), 10_000);
    assertTrue(cut.whole());
    assertEquals(DOC, cut.text());
  }

  @Test
  void aCutEndsAtASectionBoundaryAndListsOutermostLeftOutSections() {
    Budget.Cut cut = Budget.cut(DOC, Sections.of(DOC), 2700);
    assertEquals("# T\nintro\n## a\n" + "x".repeat(1000) + "\n## b\n" + "y".repeat(1000) + "\n", cut.text());
    assertEquals(List.of("b1", "c"), cut.leftOut().stream().map(Section::id).toList());
  }

  @Test
  void aSectionLeftOutWholeHidesItsSubsections() {
    Budget.Cut cut = Budget.cut(DOC, Sections.of(DOC), 1700);
    assertEquals(List.of("b", "c"), cut.leftOut().stream().map(Section::id).toList());
    assertFalse(cut.text().contains("## b"));
  }

  @Test
  void theNoteNamesSizesAndTheNextCall() {
    Budget.Cut cut = Budget.cut(DOC, Sections.of(DOC), 1700);
    String note = Budget.note(DOC, cut.leftOut(), s -> Call.of("docs", "section", s.id()), Call.MCP);
    assertEquals("Left out to stay within the token budget: `b` (2.0 KB), `c` (1.0 KB). Read the next one: `docs` `{\"section\": \"b\"}` (or raise `max_tokens`).", note);
  }

  /** Sixty small sections: a cut after the first leaves a note too long for the fixed room. */
  @Test
  void aNoteNamingManySectionsStillFitsTheBudget() {
    StringBuilder doc = new StringBuilder("# T\nintro\n");
    for (int i = 0; i < 60; i++) {
      doc.append("### section-number-").append(i).append('\n').append("v".repeat(200)).append('\n');
    }
    String markdown = doc.toString();
    Budget.Cut cut = Budget.cut(markdown, Sections.of(markdown), 4000);
    String note = Budget.note(markdown, cut.leftOut(), s -> Call.of("docs_tool", "topic", "t", "section", s.id()), Call.MCP);
    int total = Sections.bytes(cut.text() + "\n" + note + "\n");
    assertTrue(total <= 4000, total + " bytes");
    assertTrue(cut.text().contains("### section-number-0\n"), cut.text());
  }

  @Test
  void budgetsAreClampedNotRefused() {
    assertEquals(Budget.MIN_TOKENS, Budget.clamp(3));
    assertEquals(Budget.MAX_TOKENS, Budget.clamp(1_000_000));
    assertEquals(4000, Budget.clamp(4000));
  }
}
