package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {
  static final String DOC = String.join("\n",
      "# Database",
      "Intro text.",
      "## db.query",
      "Query rows.",
      "```xs",
      "## not a heading inside code",
      "```",
      "### Paging",
      "Pages.",
      "### Paging",
      "Again.",
      "## db.get",
      "One row.",
      "");

  @Test
  void headingsOutsideCodeMakeSectionsWithUniqueIds() {
    List<Section> sections = Sections.of(DOC);
    assertEquals(List.of("intro", "db.query", "paging", "paging-2", "db.get"), sections.stream().map(Section::id).toList());
    assertEquals(List.of("db.query", "Paging"), sections.get(2).path());
    assertEquals("db.query › Paging", sections.get(2).breadcrumb());
  }

  @Test
  void aSectionHoldsItsSubsectionsAndItsOwnBodyStopsAtTheFirst() {
    Section query = Sections.of(DOC).get(1);
    String text = query.text(DOC);
    assertTrue(text.startsWith("## db.query\n"), text);
    assertTrue(text.contains("### Paging\nPages.") && text.endsWith("Again.\n"), text);
    assertEquals("Query rows.\n```xs\n## not a heading inside code\n```\n", query.ownBody(DOC));
  }

  @Test
  void theIntroStopsAtTheFirstSubsection() {
    Section intro = Sections.of(DOC).get(0);
    assertEquals("# Database\nIntro text.\n", intro.text(DOC));
    assertEquals(List.of("Database"), intro.path());
  }

  @Test
  void findTakesAnIdOrAHeadingInAnyCase() {
    List<Section> sections = Sections.of(DOC);
    assertEquals("db.get", Sections.find(sections, "DB.GET").orElseThrow().id());
    assertEquals("paging", Sections.find(sections, " paging ").orElseThrow().id());
    assertTrue(Sections.find(sections, "db.delete").isEmpty());
  }

  @Test
  void slugsKeepNamesReadable() {
    assertEquals("get-session-session_id", Sections.slug("GET /session/{session_id}"));
    assertEquals("db.query", Sections.slug("db.query"));
    assertEquals("if-elseif-else", Sections.slug("if / elseif / else"));
  }
}
