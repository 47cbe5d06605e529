package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.Allocation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptCatalogTest {
  private static final ScriptCatalog CATALOG = ScriptCatalog.load(new ObjectMapper());

  private static List<String> forFile(String path) {
    return CATALOG.forFile(path).stream().map(ScriptTopic::name).toList();
  }

  @Test
  void findsByNameAndAliasLoosely() {
    assertEquals("database", CATALOG.find("database").orElseThrow().name());
    assertEquals("database", CATALOG.find("DB").orElseThrow().name());
    assertEquals("unit-testing", CATALOG.find("unit_testing").orElseThrow().name());
    assertEquals("syntax/array-filters", CATALOG.find("lambda_map").orElseThrow().name());
    assertEquals("run", CATALOG.find("run.job").orElseThrow().name());
    assertTrue(CATALOG.find("kubernetes").isEmpty());
  }

  @Test
  void aNameWinsOverAnotherTopicsAlias() {
    assertEquals("tables", CATALOG.find("tables").orElseThrow().name());
    assertEquals("functions", CATALOG.find("functions").orElseThrow().name());
  }

  /** One path per kind of folder the index's globs name, and the topics it must bring. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "api/users/get_profile.xs        | syntax essentials apis types database security unit-testing performance debugging",
    "api/health.xs                   | syntax essentials apis types database security unit-testing performance debugging",
    "function/billing/charge.xs      | syntax essentials functions types database security unit-testing performance debugging",
    "table/invoice.xs                | syntax essentials tables debugging",
    "task/nightly_report.xs          | syntax essentials tasks database debugging",
    "table/trigger/on_invoice.xs     | syntax essentials triggers debugging",
    "ai/agent/trigger/on_message.xs  | syntax essentials triggers debugging",
    "realtime/trigger/on_join.xs     | syntax essentials triggers realtime debugging",
    "realtime/channel/lobby.xs       | syntax essentials realtime debugging",
    "ai/agent/support.xs             | syntax essentials agents types debugging",
    "ai/tool/lookup_order.xs         | syntax essentials tools types database debugging",
    "ai/mcp_server/helpdesk.xs       | syntax essentials mcp-servers debugging",
    "addon/invoice_count.xs          | syntax essentials addons debugging",
    "middleware/rate_guard.xs        | syntax essentials middleware unit-testing debugging",
    "workflow_test/checkout_flow.xs  | syntax essentials workflow-tests debugging",
    "static/index.html               | syntax frontend",
    "static/assets/app.js            | syntax frontend",
    "workspace/settings.xs           | syntax essentials workspace debugging",
    "branch.xs                       | syntax essentials branch debugging",
    "run.xs                          | syntax essentials run debugging",
    "run/import_job.xs               | syntax essentials run debugging",
  })
  void findsTheTopicsForEveryKindOfFolder(String path, String expected) {
    List<String> topics = forFile(path);
    assertEquals(List.of(expected.split(" ")), topics, path);
  }

  @Test
  void absoluteAndWindowsPathsMatchLikeRelativeOnes() {
    List<String> relative = forFile("api/users/get_profile.xs");
    assertEquals(relative, forFile("/home/dev/shop/api/users/get_profile.xs"));
    assertEquals(relative, forFile("C:\\Users\\dev\\shop\\api\\users\\get_profile.xs"));
    assertEquals(relative, forFile(".\\api\\users\\get_profile.xs"));
    assertEquals(forFile("table/invoice.xs"), forFile("D:/shop/table/invoice.xs"));
  }

  @Test
  void pathsThatMatchNothingGetTheFoundationOnly() {
    assertEquals(List.of("syntax"), forFile("README.md"));
    assertEquals(List.of("syntax"), forFile("src/main.py"));
    assertEquals(List.of("syntax"), forFile("////"));
    assertEquals(List.of("syntax"), forFile("bad\u0000name.md"));
  }

  @Test
  void aDeepPathStillMatchesFromItsTopFolder() {
    assertEquals(forFile("api/users/get.xs"), forFile("api/" + "v1/".repeat(2_000) + "get.xs"));
    assertEquals(forFile("table/trigger/on_invoice.xs"), forFile("x/".repeat(2_000) + "table/trigger/on_invoice.xs"));
  }

  @Test
  void aHostilePathIsMatchedWithoutWorkInTheSquareOfItsLength() {
    String path = "a/".repeat(500_000) + "api/get.xs";
    long before = Allocation.bytes();
    assertEquals(forFile("api/get.xs"), forFile(path));
    assertEquals(List.of("syntax", "essentials", "debugging"), forFile("x".repeat(1_000_000) + ".xs"));
    long allocated = Allocation.bytes() - before;
    // Names and the tables of matches grow with the path; every tail of it would be 250 billion names.
    assertTrue(allocated < 400L * path.length(), allocated + " bytes allocated");
  }

  @Test
  void anyXsFileGetsTheGeneralTopics() {
    assertEquals(List.of("syntax", "essentials", "debugging"), forFile("notes/scratch.xs"));
  }

  @Test
  void quickReferenceIsItsOwnSection() {
    String section = CATALOG.quickReference(CATALOG.find("tasks").orElseThrow());
    assertTrue(section.startsWith("## Quick Reference\n"), section);
    assertEquals(1, section.lines().filter(l -> l.startsWith("## ")).count(), section);
  }
}
