package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.Allocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> TOPICS = List.of("start", "run", "session", "history", "data", "workflows", "mcp_server");

  @Test
  void keyIgnoresCaseSpacesAndDashes() {
    assertEquals("mcp_server", Names.key("  MCP-Server "));
    assertEquals("unit_testing", Names.key("unit testing"));
  }

  @Test
  void closestFindsTypos() {
    assertEquals(Optional.of("session"), Names.closest("sesion", TOPICS));
    assertEquals(Optional.of("workflows"), Names.closest("workflow", TOPICS));
    assertEquals(Optional.of("history"), Names.closest("histroy", TOPICS));
  }

  @Test
  void closestFindsPrefixes() {
    assertEquals(Optional.of("mcp_server"), Names.closest("mcp", TOPICS));
    assertEquals(Optional.of("session"), Names.closest("ses", TOPICS));
  }

  @Test
  void closestFindsAPartOfAName() {
    assertEquals(Optional.of("mcp_server"), Names.closest("server", TOPICS));
    assertEquals(Optional.of("workflows"), Names.closest("flows", TOPICS));
  }

  @Test
  void closestFindsANameTheInputStartsWith() {
    assertEquals(Optional.of("history"), Names.closest("history_of_runs", TOPICS));
  }

  @Test
  void closestGivesNothingForUnrelatedNames() {
    assertEquals(Optional.empty(), Names.closest("kubernetes", TOPICS));
    assertEquals(Optional.empty(), Names.closest("", TOPICS));
  }

  @Test
  void distanceCountsEdits() {
    assertEquals(0, Names.distance("run", "run", 2));
    assertEquals(1, Names.distance("sesion", "session", 2));
    assertEquals(3, Names.distance("", "abc", 3));
    assertEquals(1, Names.distance("ab", "ba", 2));
    assertEquals(1, Names.distance("qeury", "query", 2));
    assertEquals(2, Names.distance("abcdef", "badcef", 2));
  }

  @Test
  void distanceStopsAboveItsLimit() {
    assertEquals(3, Names.distance("history", "session", 2));
    assertEquals(2, Names.distance("a", "abcdefgh", 1));
    assertEquals(4, Names.distance("kubernetes", "kubernetes".replace('e', 'x').replace('u', 'y'), 3));
  }

  @Test
  void namesLongerThanTheLimitAreNotComparedLetterByLetter() {
    String long1 = "a".repeat(Names.MAX_LENGTH + 1);
    assertEquals(0, Names.distance(long1, "a".repeat(Names.MAX_LENGTH + 1), 2));
    assertEquals(3, Names.distance(long1, long1 + "b", 2));
    assertEquals(1, Names.distance("a".repeat(Names.MAX_LENGTH), "a".repeat(Names.MAX_LENGTH - 1) + "b", 2));
  }

  @Test
  void aMegabyteNameGetsAnAnswerWithoutAMegabyteOfWork() {
    String huge = "sesion".repeat(200_000);
    long before = Allocation.bytes();
    assertTrue(Names.closest(huge, TOPICS).isEmpty());
    assertTrue(Names.closest("x" + huge, List.of(huge)).isEmpty());
    assertEquals(3, Names.distance(huge, huge.replace('s', 'z'), 2));
    long allocated = Allocation.bytes() - before;
    // The keys of the input are copies of it (a few MB); a table of its letters would be terabytes.
    assertTrue(allocated < 32 * huge.length(), allocated + " bytes allocated");
  }
}
