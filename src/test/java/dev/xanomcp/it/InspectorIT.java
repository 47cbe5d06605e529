package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the launcher (bin/xano-developer-mcp, or on Windows bin\xano-developer-mcp.cmd through
 * {@code cmd /c}, as the README tells clients to) with the MCP Inspector's command-line client, as
 * a real client would. The Inspector version is pinned in {@code src/test/inspector/package.json}
 * and installed from npm on the first run.
 */
class InspectorIT {
  static final Path ROOT = Platform.ROOT;
  static final Path INSPECTOR = ROOT.resolve("src/test/inspector");
  static final ObjectMapper JSON = new ObjectMapper();

  /** Exit status and output of one Inspector call. */
  record Call(int status, String stdout, String stderr) {
    JsonNode json() throws IOException {
      return JSON.readTree(stdout);
    }
  }

  @BeforeAll
  static void installInspector() throws Exception {
    if (!Files.exists(INSPECTOR.resolve("node_modules/@modelcontextprotocol/inspector/package.json"))) {
      // Not "npm ci": the lock file names a Windows-only optional package that npm leaves out of
      // the lock on Linux, and "npm ci" then refuses the lock as out of sync. "npm install" still
      // takes every version from the lock file, and --no-save leaves it untouched.
      Call install = run(INSPECTOR, Platform.script("npm", "install", "--no-save", "--no-audit", "--no-fund"), 600);
      assertEquals(0, install.status(), "npm install failed:\n" + install.stderr());
    }
  }

  /**
   * The launcher's start-up cache goes to a folder of the test's own: the Inspector passes the
   * server only HOME, PATH, SHELL and TERM, so without this it would write to the user's cache.
   */
  static final Path CACHE = ROOT.resolve("target/inspector-cache");

  static Call inspect(String... args) throws Exception {
    return run(INSPECTOR, inspector(Platform.script(Platform.LAUNCHER.toString()), List.of("XANO_MCP_CACHE_DIR=" + CACHE), args), 120);
  }

  /**
   * The Inspector's command line for the server that {@code server} starts, with the variables
   * {@code env} ("NAME=value") added to the few it passes on. It runs with node itself rather than
   * through npx, a .cmd file on Windows, whose cmd.exe would mangle JSON arguments.
   */
  static List<String> inspector(List<String> server, List<String> env, String... args) throws IOException {
    Path inspector = INSPECTOR.resolve("node_modules/@modelcontextprotocol/inspector");
    String bin = JSON.readTree(inspector.resolve("package.json").toFile()).at("/bin/inspector").asText();
    List<String> command = new ArrayList<>(List.of("node", inspector.resolve(bin).toString(), "--cli"));
    env.forEach(variable -> command.addAll(List.of("-e", variable)));
    command.addAll(server);
    command.addAll(List.of(args));
    return Platform.arguments(command);
  }

  static Call run(Path dir, List<String> command, int seconds) throws Exception {
    Platform.Result result = Platform.run(command, dir, env -> {}, "", seconds);
    return new Call(result.status(), result.out(), result.err());
  }

  @Test
  void listsEveryTool() throws Exception {
    Call call = inspect("--method", "tools/list");
    assertEquals(0, call.status(), call.stderr());
    List<String> names = new ArrayList<>();
    call.json().path("tools").forEach(t -> names.add(t.path("name").asText()));
    assertEquals(List.of("run_api_docs", "meta_api_docs", "cli_docs", "xanoscript_docs", "search_docs", "validate_xanoscript", "mcp_version"), names);
  }

  @Test
  void searchesAndReadsTheSectionOfTheFirstHit() throws Exception {
    Call search = inspect("--method", "tools/call", "--tool-name", "search_docs", "--tool-arg", "query=elseif", "--tool-arg", "limit=2");
    assertEquals(0, search.status(), search.stderr());
    JsonNode hit = search.json().at("/structuredContent/hits/0");
    Call read = inspect("--method", "tools/call", "--tool-name", hit.at("/call/tool").asText(), "--tool-args-json", hit.at("/call/arguments").toString());
    assertEquals(0, read.status(), read.stderr());
    assertTrue(read.json().at("/content/0/text").asText().contains("elseif"), read.stdout());
  }

  @Test
  void validatesXanoscript() throws Exception {
    Call valid = inspect("--method", "tools/call", "--tool-name", "validate_xanoscript", "--tool-args-json",
        "{\"code\":\"function \\\"f\\\" {\\n  input {\\n  }\\n  stack {\\n  }\\n  response = 1\\n}\"}");
    assertEquals(0, valid.status(), valid.stdout() + valid.stderr());
    assertEquals(true, valid.json().at("/structuredContent/valid").asBoolean(), valid.stdout());
    Call invalid = inspect("--method", "tools/call", "--tool-name", "validate_xanoscript", "--tool-arg", "code=var $x { value = $list|length > 0 }");
    assertEquals(0, invalid.status(), "invalid code is a normal answer: " + invalid.stderr());
    assertTrue(invalid.json().at("/content/0/text").asText().contains("filter-needs-parentheses"), invalid.stdout());
    Call neither = inspect("--method", "tools/call", "--tool-name", "validate_xanoscript");
    assertEquals(5, neither.status(), "a call that checks nothing is a tool error: " + neither.stdout());
  }

  /** (Inspector 2.12.0's command line has no completion method; ConformanceIT checks completions.) */
  @Test
  void listsAndGetsAPrompt() throws Exception {
    Call list = inspect("--method", "prompts/list");
    assertEquals(0, list.status(), list.stderr());
    assertEquals("write_xanoscript", list.json().at("/prompts/0/name").asText(), list.stdout());
    Call prompt = inspect("--method", "prompts/get", "--prompt-name", "run_job", "--prompt-args", "function_name=rollup");
    assertEquals(0, prompt.status(), prompt.stderr());
    assertTrue(prompt.json().at("/messages/0/content/text").asText().contains("name: \"rollup\""), prompt.stdout());
  }

  @Test
  void listsTemplatesAndReadsATopicThroughOne() throws Exception {
    Call templates = inspect("--method", "resources/templates/list");
    assertEquals(0, templates.status(), templates.stderr());
    String template = templates.json().at("/resourceTemplates/3/uriTemplate").asText();
    assertEquals("xanoscript://docs/{topic}", template);
    Call read = inspect("--method", "resources/read", "--uri", template.replace("{topic}", "database"));
    assertEquals(0, read.status(), read.stderr());
    assertTrue(read.json().at("/contents/0/text").asText().startsWith("# Database Operations"), read.stdout());
  }

  @Test
  void readsARunApiTopic() throws Exception {
    Call call = inspect("--method", "tools/call", "--tool-name", "run_api_docs", "--tool-arg", "topic=session", "--tool-arg", "detail_level=summary");
    assertEquals(0, call.status(), call.stderr());
    String text = call.json().at("/content/0/text").asText();
    assertTrue(text.startsWith("# Sessions"), text);
    assertTrue(text.contains("`GET /session/{session_id}`"), text);
  }

  @Test
  void readsAMetaApiTopic() throws Exception {
    Call call = inspect("--method", "tools/call", "--tool-name", "meta_api_docs", "--tool-args-json", "{\"topic\":\"table\",\"include_schemas\":false}");
    assertEquals(0, call.status(), call.stderr());
    String text = call.json().at("/content/0/text").asText();
    assertTrue(text.contains("### POST /workspace/{workspace_id}/table"), text);
    assertTrue(!text.contains("## Schemas"), text);
  }

  @Test
  void readsAXanoscriptTopic() throws Exception {
    Call call = inspect("--method", "tools/call", "--tool-name", "xanoscript_docs", "--tool-arg", "topic=tasks", "--tool-arg", "mode=quick_reference");
    assertEquals(0, call.status(), call.stderr());
    assertTrue(call.json().at("/content/0/text").asText().startsWith("# Tasks: quick reference"), call.stdout());
  }

  @Test
  void readsTheXanoscriptTopicsForAFile() throws Exception {
    Call call = inspect("--method", "tools/call", "--tool-name", "xanoscript_docs", "--tool-arg", "file_path=api/orders/create.xs", "--tool-arg", "mode=quick_reference");
    assertEquals(0, call.status(), call.stderr());
    String text = call.json().at("/content/0/text").asText();
    assertTrue(text.startsWith("# XanoScript for `api/orders/create.xs`"), text);
    assertTrue(text.contains("# APIs: quick reference"), text);
  }

  @Test
  void listsAndReadsResources() throws Exception {
    Call list = inspect("--method", "resources/list");
    assertEquals(0, list.status(), list.stderr());
    List<String> uris = new ArrayList<>();
    list.json().path("resources").forEach(r -> uris.add(r.path("uri").asText()));
    assertTrue(uris.containsAll(List.of("run-api://docs/start", "meta-api://docs/table", "xanoscript://docs/syntax")), uris.toString());
    Call read = inspect("--method", "resources/read", "--uri", "xanoscript://docs/syntax/array-filters");
    assertEquals(0, read.status(), read.stderr());
    JsonNode contents = read.json().at("/contents/0");
    assertEquals("text/markdown", contents.path("mimeType").asText());
    assertTrue(contents.path("text").asText().startsWith("# "), read.stdout());
  }

  @Test
  void anUnknownResourceIsAProtocolError() throws Exception {
    Call read = inspect("--method", "resources/read", "--uri", "xanoscript://docs/../README");
    assertEquals(1, read.status(), read.stdout() + read.stderr());
  }

  @Test
  void answersTheVersion() throws Exception {
    Call call = inspect("--method", "tools/call", "--tool-name", "mcp_version");
    assertEquals(0, call.status(), call.stderr());
    assertTrue(call.json().at("/content/0/text").asText().startsWith("xano-developer-mcp "), call.stdout());
  }

  @Test
  void anUnknownTopicIsAToolError() throws Exception {
    Call call = inspect("--method", "tools/call", "--tool-name", "run_api_docs", "--tool-arg", "topic=sesion");
    assertEquals(5, call.status(), call.stdout() + call.stderr());
    assertTrue(call.stdout().contains("Did you mean 'session'?"), call.stdout());
  }
}
