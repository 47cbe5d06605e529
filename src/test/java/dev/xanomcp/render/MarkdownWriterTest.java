package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
  @Test
  void separatesBlocksWithOneBlankLine() {
    String md = new MarkdownWriter().heading(1, "Title").block("First.\n\n").block("  Second.").toString();
    assertEquals("# Title\n\nFirst.\n\nSecond.\n", md);
  }

  @Test
  void groupsConsecutiveLinesIntoOneBlock() {
    String md = new MarkdownWriter().block("List:").line("- a  ").line("- b").block("After.").line("- c").toString();
    assertEquals("List:\n\n- a\n- b\n\nAfter.\n\n- c\n", md);
  }

  @Test
  void skipsBlankBlocks() {
    assertEquals("a\n\nb\n", new MarkdownWriter().block(null).block("a").block("  \n").block("b").toString());
    assertEquals("", new MarkdownWriter().block("").toString());
  }

  @Test
  void fencesCodeAndLengthensTheFenceAroundFences() {
    assertEquals("```json\n{}\n```\n", new MarkdownWriter().code("json", "{}\n").toString());
    assertEquals("````\n```xs\nx\n```\n````\n", new MarkdownWriter().code("", "```xs\nx\n```").toString());
  }
}
