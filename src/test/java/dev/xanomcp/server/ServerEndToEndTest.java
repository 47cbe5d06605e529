package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.ApiCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole server, driven through in-memory pipes: what a client sends and what it gets back. */
class ServerEndToEndTest {
  private static McpTestClient client;

  @BeforeAll
  static void start() throws IOException {
    client = new McpTestClient();
    JsonNode init = client.initialize();
    assertEquals(Version.NAME, init.at("/serverInfo/name").asText());
  }

  @AfterAll
  static void stop() throws IOException {
    client.close();
  }

  @Test
  void initializeGivesInstructionsNamingEveryTool() throws IOException {
    try (McpTestClient fresh = new McpTestClient()) {
      JsonNode init = fresh.initialize();
      String instructions = init.path("instructions").asText();
      for (String tool : List.of("run_api_docs", "meta_api_docs", "cli_docs", "xanoscript_docs")) {
        assertTrue(instructions.contains(tool), tool);
      }
      assertTrue(instructions.getBytes(StandardCharsets.UTF_8).length < 2048);
      assertEquals(Version.VALUE, init.at("/serverInfo/version").asText());
    }
  }

  /**
   * Every byte of tools/list is paid in every conversation. With the CLI's tool its tools stay under
   * 6,500 bytes once the documentation tools answer text only, without an output schema (issues 20
   * and 22); until then their output schemas are left out of the count.
   */
  @Test
  void documentationToolsAnswerTextAndDataToolsDeclareTheirData() {
    for (JsonNode tool : client.request("tools/list", null).at("/result/tools")) {
      boolean docs = tool.path("name").asText().endsWith("_docs") && !tool.path("name").asText().equals("search_docs");
      assertEquals(docs, tool.path("outputSchema").isMissingNode(), tool.toString());
    }
    JsonNode docs = client.callTool("run_api_docs", "{\"topic\":\"session\",\"detail_level\":\"summary\"}");
    assertTrue(docs.path("structuredContent").isMissingNode(), docs.toString());
    JsonNode version = client.callTool("mcp_version", "{}");
    assertEquals(Version.VALUE, version.at("/structuredContent/version").asText());
  }

  @Test
  void aReplyNobodyClaimedFailsTheTestClient() throws IOException {
    McpTestClient fresh = new McpTestClient();
    fresh.initialize();
    fresh.send("{\"jsonrpc\":\"2.0\",\"id\":\"stray\",\"method\":\"ping\"}");
    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, fresh::close);
    assertTrue(error.getMessage().contains("stray"), error.getMessage());
  }

  @Test
  void toolsListDescribesEveryToolStrictly() {
    JsonNode tools = client.request("tools/list", null).at("/result/tools");
    List<String> names = new ArrayList<>();
    for (JsonNode tool : tools) {
      String name = tool.path("name").asText();
      names.add(name);
      assertFalse(tool.path("title").asText().isEmpty(), name);
      assertTrue(tool.path("description").asText().getBytes(StandardCharsets.UTF_8).length < 1024, name);
      JsonNode annotations = tool.path("annotations");
      assertTrue(annotations.path("readOnlyHint").asBoolean(), name);
      assertTrue(annotations.path("idempotentHint").asBoolean(), name);
      assertFalse(annotations.path("destructiveHint").asBoolean(true), name);
      assertFalse(annotations.path("openWorldHint").asBoolean(true), name);
      JsonNode schema = tool.path("inputSchema");
      assertEquals("object", schema.path("type").asText(), name);
      assertFalse(schema.path("additionalProperties").asBoolean(true), name);
      schema.path("properties").forEach(p -> assertTrue(p.has("type"), name + " " + p));
    }
    assertEquals(List.of("run_api_docs", "meta_api_docs", "cli_docs", "xanoscript_docs", "search_docs", "validate_xanoscript", "mcp_version"), names);
  }

  static Stream<Arguments> topicsAndDetails() {
    return Library.load().apis().stream()
        .flatMap(api -> api.names().stream().map(topic -> List.of(api.index().tool(), topic, api.index().http())))
        .flatMap(row -> Stream.of("summary", "full", "overview", "detailed", "examples").map(d -> Arguments.of(row.get(0), row.get(1), d, row.get(2))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("topicsAndDetails")
  void everyTopicAtEveryDetailLevel(String tool, String topic, String detail, boolean http) {
    JsonNode result = client.callTool(tool, "{\"topic\":\"" + topic + "\",\"detail_level\":\"" + detail + "\"}");
    assertFalse(result.path("isError").asBoolean(), result.toString());
    String text = result.at("/content/0/text").asText();
    assertTrue(text.startsWith("# "), text);
    assertEquals(http, text.contains("Base URL: `"), text);
  }

  @Test
  void detailLevelDefaultsToFull() {
    String byDefault = client.callTool("run_api_docs", "{\"topic\":\"session\"}").at("/content/0/text").asText();
    String full = client.callTool("run_api_docs", "{\"topic\":\"session\",\"detail_level\":\"full\"}").at("/content/0/text").asText();
    assertEquals(full, byDefault);
  }

  @Test
  void unknownTopicNamesTheClosestAndAllTopics() {
    JsonNode result = client.callTool("run_api_docs", "{\"topic\":\"sesion\"}");
    assertTrue(result.path("isError").asBoolean());
    assertEquals(
        "Unknown topic 'sesion'. Did you mean 'session'? Use one of: start, run, session, history, data, workflows.",
        result.at("/content/0/text").asText());
  }

  @Test
  void noTopicListsTheTopicsOneLineEach() {
    JsonNode meta = client.callTool("meta_api_docs", "{}");
    assertFalse(meta.path("isError").asBoolean(), meta.toString());
    assertTrue(text(meta).startsWith("# Xano Meta API: topics\n"), text(meta));
    String cli = text(client.callTool("cli_docs", "{}"));
    assertTrue(cli.startsWith("# Xano CLI: topics\n\n- `start`: "), cli);
    assertEquals(Library.load().cli().names().size(), cli.lines().filter(l -> l.startsWith("- `")).count(), cli);
    JsonNode orphan = client.callTool("cli_docs", "{\"section\":\"workspace push\"}");
    assertTrue(orphan.path("isError").asBoolean());
    assertTrue(text(orphan).startsWith("'section' needs a 'topic'. Use one of: start, auth,"), text(orphan));
  }

  @Test
  void cliDocsReadsACommandAndCutsLongTopicsAtCommands() {
    JsonNode push = client.callTool("cli_docs", "{\"topic\":\"workspace\",\"section\":\"workspace push\"}");
    assertFalse(push.path("isError").asBoolean(), push.toString());
    assertTrue(text(push).startsWith("# Xano CLI: workspaces, pull and push › Commands › workspace push\n"), text(push));
    assertTrue(text(push).contains("\n- `--sync` (boolean, default `false`): "), text(push));
    JsonNode cut = client.callTool("cli_docs", "{\"topic\":\"tenant\",\"max_tokens\":2000}");
    assertTrue(text(cut).getBytes(StandardCharsets.UTF_8).length <= 2000 * 4, text(cut).length() + " bytes");
    assertTrue(text(cut).contains("`cli_docs` `{\"topic\": \"tenant\", \"section\": \""), text(cut));
    assertTrue(text(cut).contains("`tenant-workflow_test-run_all`") || text(cut).contains("`commands`"), text(cut));
    JsonNode whole = client.callTool("cli_docs", "{\"topic\":\"tenant\",\"max_tokens\":20000}");
    assertFalse(text(whole).contains("Left out"), "the largest topic fits the largest budget");
    JsonNode schemas = client.callTool("cli_docs", "{\"topic\":\"tenant\",\"include_schemas\":false}");
    assertEquals("Unknown argument 'include_schemas'. This tool takes: topic, detail_level, section, max_tokens.", text(schemas));
    JsonNode unknown = client.callTool("cli_docs", "{\"topic\":\"tenants\"}");
    assertTrue(text(unknown).startsWith("Unknown topic 'tenants'. Did you mean 'tenant'?"), text(unknown));
  }

  /** A huge name is refused with a short answer: the error repeats only the start of it. */
  @Test
  void aHugeTopicOrSectionGetsAShortError() {
    String huge = "a".repeat(1_000_000);
    JsonNode topic = client.callTool("cli_docs", "{\"topic\":\"" + huge + "\"}");
    assertTrue(topic.path("isError").asBoolean());
    assertTrue(text(topic).length() < 1000, text(topic).length() + " characters");
    JsonNode section = client.callTool("cli_docs", "{\"topic\":\"update\",\"section\":\"" + huge + "\"}");
    assertTrue(section.path("isError").asBoolean());
    assertTrue(text(section).length() < 1000, text(section).length() + " characters");
  }

  @Test
  void badDetailLevelNamesTheValidOnes() {
    JsonNode result = client.callTool("run_api_docs", "{\"topic\":\"run\",\"detail_level\":\"brief\"}");
    assertTrue(result.path("isError").asBoolean());
    assertEquals(
        "Unknown detail level 'brief'. Use one of: summary, full, overview, detailed, examples.",
        result.at("/content/0/text").asText());
  }

  @Test
  void wrongTypesAndUnknownArgumentsAreToolErrors() {
    JsonNode number = client.callTool("run_api_docs", "{\"topic\":42}");
    assertEquals("'topic' must be a string, got the number 42.", number.at("/content/0/text").asText());
    JsonNode flag = client.callTool("run_api_docs", "{\"topic\":\"run\",\"include_schemas\":\"maybe\"}");
    assertEquals("'include_schemas' must be true or false, got the string \"maybe\".", flag.at("/content/0/text").asText());
    JsonNode extra = client.callTool("run_api_docs", "{\"topic\":\"run\",\"verbose\":true}");
    assertEquals("Unknown argument 'verbose'. This tool takes: topic, detail_level, include_schemas, section, max_tokens.", extra.at("/content/0/text").asText());
  }

  @Test
  void aSectionIsReadByHeadingOrIdAndAnUnknownOneListsTheSections() {
    JsonNode byHeading = client.callTool("run_api_docs", "{\"topic\":\"session\",\"section\":\"GET /session/{session_id}\"}");
    JsonNode byId = client.callTool("run_api_docs", "{\"topic\":\"session\",\"section\":\"get-session-session_id\"}");
    assertFalse(byHeading.path("isError").asBoolean(), byHeading.toString());
    assertEquals(text(byHeading), text(byId));
    assertTrue(text(byHeading).startsWith("# Sessions › Endpoints › GET /session/{session_id}\n"), text(byHeading));
    JsonNode unknown = client.callTool("xanoscript_docs", "{\"topic\":\"database\",\"section\":\"db.qery\"}");
    assertTrue(unknown.path("isError").asBoolean());
    assertTrue(text(unknown).startsWith("Unknown section 'db.qery' in topic database. Did you mean 'db.query-"), text(unknown));
    assertTrue(text(unknown).contains("Sections: intro, quick-reference,"), text(unknown));
    JsonNode byFirstWord = client.callTool("xanoscript_docs", "{\"topic\":\"database\",\"section\":\"db.query\"}");
    assertTrue(text(byFirstWord).startsWith("# Database Operations › db.query"), text(byFirstWord));
    JsonNode orphan = client.callTool("xanoscript_docs", "{\"section\":\"db.query\"}");
    assertTrue(orphan.path("isError").asBoolean());
  }

  @Test
  void maxTokensCutsAtASectionAndSaysHowToReadOn() {
    JsonNode cut = client.callTool("meta_api_docs", "{\"topic\":\"workflows\",\"max_tokens\":800}");
    String answer = text(cut);
    assertTrue(answer.getBytes(StandardCharsets.UTF_8).length <= 800 * 4, answer.length() + " bytes");
    assertTrue(answer.contains("Left out to stay within the token budget: `"), answer);
    assertTrue(answer.contains("`meta_api_docs` `{\"topic\": \"workflows\", \"section\": \""), answer);
    JsonNode clamped = client.callTool("meta_api_docs", "{\"topic\":\"workflows\",\"max_tokens\":1}");
    assertFalse(clamped.path("isError").asBoolean(), "a tiny budget is clamped, not refused");
  }

  @Test
  void aFilePathAnswerStaysWithinEightThousandTokensByDefault() {
    JsonNode result = client.callTool("xanoscript_docs", "{\"file_path\":\"api/users/get.xs\"}");
    assertTrue(text(result).getBytes(StandardCharsets.UTF_8).length <= 32_000, text(result).length() + " bytes");
    assertTrue(text(result).startsWith("# XanoScript for `api/users/get.xs`"), text(result).substring(0, 200));
  }

  @Test
  void searchDocsAnswersRankedHitsWithTheCallsThatReadThem() {
    JsonNode result = client.callTool("search_docs", "{\"query\":\"sort an array\",\"limit\":3}");
    assertFalse(result.path("isError").asBoolean(), result.toString());
    JsonNode hits = result.at("/structuredContent/hits");
    assertEquals(3, hits.size());
    for (JsonNode hit : hits) {
      JsonNode read = client.callTool(hit.at("/call/tool").asText(), hit.at("/call/arguments").toString());
      assertFalse(read.path("isError").asBoolean(), read.toString());
      assertTrue(text(result).contains(hit.path("title").asText()), hit.toString());
    }
    JsonNode none = client.callTool("search_docs", "{\"query\":\"qqqxxzz\"}");
    assertFalse(none.path("isError").asBoolean());
    assertTrue(text(none).startsWith("No section matches"), text(none));
    JsonNode bad = client.callTool("search_docs", "{\"query\":\"x\",\"limit\":50}");
    assertTrue(bad.path("isError").asBoolean());
  }

  @Test
  void includeSchemasFalseLeavesSchemasOut() {
    String with = client.callTool("run_api_docs", "{\"topic\":\"session\"}").at("/content/0/text").asText();
    String without = client.callTool("run_api_docs", "{\"topic\":\"session\",\"include_schemas\":false}").at("/content/0/text").asText();
    assertTrue(with.contains("## Schemas"));
    assertFalse(without.contains("## Schemas"));
  }

  @Test
  void versionToolAnswersTheBuildVersion() {
    JsonNode result = client.callTool("mcp_version", "{}");
    assertTrue(result.at("/content/0/text").asText().startsWith(Version.NAME + " " + Version.VALUE + "\n"), result.toString());
    assertEquals(Version.VALUE, result.at("/structuredContent/version").asText());
    assertEquals("2.4.0 (2026-06-10)", result.at("/structuredContent/xanoscript_docs").asText());
  }

  @Test
  void unknownToolIsAProtocolError() {
    JsonNode reply = client.request("tools/call", McpTestClient.JSON.createObjectNode().put("name", "no_such_tool"));
    assertEquals(-32602, reply.at("/error/code").asInt());
  }

  @Test
  void unknownMethodIsAProtocolError() {
    assertEquals(-32601, client.request("no/such/method", null).at("/error/code").asInt());
  }

  private static String text(JsonNode result) {
    return result.at("/content/0/text").asText();
  }

  @Test
  void xanoscriptTopicByNameOrAlias() {
    JsonNode byName = client.callTool("xanoscript_docs", "{\"topic\":\"database\"}");
    assertFalse(byName.path("isError").asBoolean());
    assertTrue(text(byName).startsWith("# Database Operations\n"), text(byName));
    assertEquals(text(byName), text(client.callTool("xanoscript_docs", "{\"topic\":\"db\"}")));
  }

  @Test
  void xanoscriptQuickReference() {
    String quick = text(client.callTool("xanoscript_docs", "{\"topic\":\"tasks\",\"mode\":\"quick_reference\"}"));
    assertTrue(quick.startsWith("# Tasks: quick reference\n"), quick);
  }

  @Test
  void xanoscriptForAFilePath() {
    String answer = text(client.callTool("xanoscript_docs", "{\"file_path\":\"C:\\\\shop\\\\table\\\\invoice.xs\"}"));
    assertTrue(answer.contains("Topics for this file, most important first: `syntax`, `essentials`, `tables`, `debugging`."), answer.substring(0, 300));
  }

  @Test
  void xanoscriptWithoutArgumentsListsTopics() {
    String index = text(client.callTool("xanoscript_docs", "{}"));
    assertTrue(index.startsWith("# XanoScript documentation\n"), index);
    assertTrue(index.contains("\n- `run` ("), index);
  }

  @Test
  void xanoscriptMistakesAreToolErrors() {
    JsonNode both = client.callTool("xanoscript_docs", "{\"topic\":\"apis\",\"file_path\":\"api/x.xs\"}");
    assertTrue(both.path("isError").asBoolean());
    assertTrue(text(both).startsWith("Pass either 'topic' or 'file_path', not both"), text(both));
    JsonNode unknown = client.callTool("xanoscript_docs", "{\"topic\":\"triger\"}");
    assertTrue(text(unknown).startsWith("Unknown topic 'triger'. Did you mean 'triggers'? Use one of: readme, survival,"), text(unknown));
    JsonNode mode = client.callTool("xanoscript_docs", "{\"topic\":\"apis\",\"mode\":\"short\"}");
    assertEquals("Unknown mode 'short'. Use one of: full, quick_reference.", text(mode));
    JsonNode empty = client.callTool("xanoscript_docs", "{\"file_path\":\" \"}");
    assertTrue(empty.path("isError").asBoolean());
  }

  static Stream<String> resourceUris() {
    Library library = Library.load();
    Stream<String> apis = library.apis().stream().flatMap(api -> api.names().stream().map(n -> DocResources.uri(api.index(), n)));
    return Stream.concat(apis, library.xanoscript().topics().stream().map(DocResources::uri));
  }

  @Test
  void resourcesListEveryTopicOfEveryTool() {
    JsonNode resources = client.request("resources/list", null).at("/result/resources");
    List<String> uris = new ArrayList<>();
    for (JsonNode resource : resources) {
      uris.add(resource.path("uri").asText());
      assertEquals("text/markdown", resource.path("mimeType").asText());
      assertFalse(resource.path("title").asText().isEmpty(), resource.toString());
      assertFalse(resource.path("description").asText().isEmpty(), resource.toString());
    }
    assertEquals(resourceUris().toList(), uris, "every resource, in index order: Run API, Meta API, CLI, XanoScript");
    assertTrue(uris.contains("cli://docs/workspace"));
    assertTrue(uris.contains("xanoscript://docs/syntax/array-filters"));
    assertTrue(uris.contains("run-api://docs/session"));
    assertTrue(uris.contains("meta-api://docs/mcp_server"));
  }

  @Test
  void resourceNamesAndTitlesAreUnique() {
    JsonNode resources = client.request("resources/list", null).at("/result/resources");
    java.util.Set<String> names = new java.util.HashSet<>();
    java.util.Set<String> titles = new java.util.HashSet<>();
    for (JsonNode resource : resources) {
      assertTrue(names.add(resource.path("name").asText()), resource.toString());
      assertTrue(titles.add(resource.path("title").asText()), resource.toString());
    }
    assertTrue(names.contains("run-api/start") && names.contains("meta-api/start") && names.contains("xanoscript/syntax"), names.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resourceUris")
  void everyResourceReadsAsMarkdown(String uri) {
    JsonNode contents = client.request("resources/read", McpTestClient.JSON.createObjectNode().put("uri", uri)).at("/result/contents/0");
    assertEquals(uri, contents.path("uri").asText());
    assertEquals("text/markdown", contents.path("mimeType").asText());
    assertTrue(contents.path("text").asText().startsWith("# "), uri);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
    "xanoscript://docs/nope",
    "xanoscript://docs/../README",
    "xanoscript://docs/syntax/../types",
    "xanoscript://docs/%2e%2e/index.json",
    "run-api://docs/../../../etc/passwd",
    "meta-api://docs/",
    "cli://docs/../start",
    "cli-api://docs/start",
    "file:///etc/passwd",
    "/etc/passwd",
    "https://example.com/docs/syntax",
    ""
  })
  void unknownAndEscapingUrisAreNotFound(String uri) {
    JsonNode reply = client.request("resources/read", McpTestClient.JSON.createObjectNode().put("uri", uri));
    assertEquals(-32002, reply.at("/error/code").asInt(), reply.toString());
    assertFalse(reply.toString().contains("at io.modelcontextprotocol"), reply.toString());
  }

  @Test
  void toolNamesMatchTheCatalogs() {
    assertEquals(List.of("run_api_docs", "meta_api_docs", "cli_docs"), Library.load().apis().stream().map(ApiCatalog::index).map(i -> i.tool()).toList());
  }
}
