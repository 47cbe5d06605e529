package dev.xanomcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.server.Version;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  /** What one command line printed and returned. */
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void versionComesFromTheBuild() {
    for (String flag : new String[] {"--version", "-v"}) {
      Result r = run(flag);
      assertEquals(0, r.status());
      assertEquals("xano-developer-mcp " + Version.VALUE + " (XanoScript docs 2.4.0 (2026-06-10); Run and Meta API docs as of @xano/developer-mcp 1.0.15; CLI docs as of @xano/developer-mcp 2.2.2-beta.1 (2026-06-29))\n", r.out());
    }
    assertTrue(Version.VALUE.matches("\\d+\\.\\d+\\.\\d+.*"), Version.VALUE);
  }

  @Test
  void helpShowsUsage() {
    for (String flag : new String[] {"--help", "-h"}) {
      Result r = run(flag);
      assertEquals(0, r.status());
      assertTrue(r.out().startsWith("Usage: xano-developer-mcp [<command>] [options]\n"), r.out());
      assertTrue(r.out().contains("\n  docs run [<topic>] [options]"), r.out());
      assertTrue(r.out().contains("\n  docs xanoscript [<topic>] [options]"), r.out());
    }
  }

  @Test
  void docsPrintsATopicAsMarkdown() {
    Result r = run("docs", "run", "session", "--detail", "summary");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("# Sessions\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void docsWithoutAnApiListsTopics() {
    Result r = run("docs");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("run: start, run, session, history, data, workflows\nmeta: start, authentication,"), r.out());
  }

  @Test
  void docsWithAnApiButNoTopicListsItsTopics() {
    Result meta = run("docs", "meta");
    assertEquals(0, meta.status(), meta.err());
    assertTrue(meta.out().startsWith("# Xano Meta API: topics\n"), meta.out());
    Result cli = run("docs", "cli");
    assertTrue(cli.out().contains("\n- `workspace`: "), cli.out());
  }

  @Test
  void docsPrintsOneCommandOfTheCli() {
    Result r = run("docs", "cli", "workspace", "--section", "workspace push");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("# Xano CLI: workspaces, pull and push › Commands › workspace push\n"), r.out());
    assertTrue(r.out().contains("- `--delete` (boolean, default `false`): "), r.out());
    assertEquals(2, run("docs", "cli", "workspace", "--include-schemas").status());
  }

  @Test
  void docsPrintsXanoscriptTopicsIndexAndFileAnswers() {
    Result topic = run("docs", "xanoscript", "tasks", "--mode", "quick_reference");
    assertEquals(0, topic.status(), topic.err());
    assertTrue(topic.out().startsWith("# Tasks: quick reference\n"), topic.out());
    Result index = run("docs", "xs");
    assertTrue(index.out().startsWith("# XanoScript documentation\n"), index.out());
    Result file = run("docs", "xanoscript", "--file", "table/invoice.xs");
    assertEquals(0, file.status(), file.err());
    assertTrue(file.out().startsWith("# XanoScript for `table/invoice.xs`\n"), file.out());
  }

  @Test
  void commandHelpListsTheOptionsFromTheToolSchema() {
    for (String flag : new String[] {"--help", "-h"}) {
      Result r = run("docs", "run", flag);
      assertEquals(0, r.status(), r.err());
      assertTrue(r.out().startsWith("Usage: xano-developer-mcp docs run [<topic>] [options]\n"), r.out());
      assertTrue(r.out().contains("<topic>: start, run, session, history, data, workflows\n"), r.out());
      assertTrue(r.out().contains("--detail-level <string>"), r.out());
      assertTrue(r.out().contains("--[no-]include-schemas"), r.out());
    }
    Result docs = run("docs", "--help");
    assertEquals(0, docs.status());
    assertTrue(docs.out().startsWith("Usage:"), docs.out());
  }

  @Test
  void optionsAreSchemaPropertiesInKebabCaseOrAUniquePrefix() {
    String full = run("docs", "run", "session", "--detail-level", "summary").out();
    assertEquals(full, run("docs", "run", "session", "--detail", "summary").out());
    assertEquals(full, run("docs", "run", "session", "--detail-level=summary").out());
    String withSchemas = run("docs", "run", "session").out();
    String without = run("docs", "run", "session", "--no-include-schemas").out();
    assertTrue(withSchemas.contains("## Schemas"));
    assertFalse(without.contains("## Schemas"));
    assertEquals(without, run("docs", "run", "session", "--include-schemas=false").out());
  }

  @Test
  void hintsNameCommandLinesNotToolArguments() {
    Result r = run("docs", "run", "session", "--detail", "summary");
    assertTrue(r.out().contains("`xano-developer-mcp docs run session --detail-level full`"), r.out());
    assertFalse(r.out().contains("run_api_docs"), r.out());
  }

  @Test
  void optionsOfOneApiAreRefusedForAnother() {
    Result r = run("docs", "run", "session", "--mode", "full");
    assertEquals(2, r.status());
    assertEquals("Unknown option '--mode' for docs run. Options: --detail-level, --include-schemas, --section, --max-tokens.\n", r.err());
    assertEquals(2, run("docs", "xanoscript", "tasks", "--detail", "full").status());
    assertEquals(2, run("docs", "xanoscript", "tasks", "--file", "a.xs").status());
  }

  @Test
  void unknownApiOrTopicExitsWithTwo() {
    Result api = run("docs", "rest", "session");
    assertEquals(2, api.status());
    assertEquals("Unknown API 'rest'. APIs: run, meta, cli, xanoscript.\n", api.err());
    assertEquals(2, run("docs", "run", "session", "extra").status());
    Result topic = run("docs", "run", "sesion");
    assertEquals(2, topic.status());
    assertTrue(topic.err().startsWith("Unknown topic 'sesion'. Did you mean 'session'?"), topic.err());
    assertEquals("", topic.out());
  }

  @Test
  void badOptionsExitWithTwo() {
    assertEquals(2, run("docs", "run", "session", "--detail").status());
    assertEquals(2, run("docs", "run", "session", "--detail", "brief").status());
    assertEquals(2, run("docs", "run", "session", "--verbose").status());
    Result unknown = run("serve");
    assertEquals(2, unknown.status());
    assertEquals("Unknown command 'serve'. Run with --help for usage.\n", unknown.err());
  }
}
