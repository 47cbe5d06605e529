package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(0, Names.distance("run", "run"));
    assertEquals(1, Names.distance("sesion", "session"));
    assertEquals(3, Names.distance("", "abc"));
    assertEquals(1, Names.distance("ab", "ba"));
    assertEquals(1, Names.distance("qeury", "query"));
  }
}
