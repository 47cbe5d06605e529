package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.docs.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What MCP clients offer besides tools: prompts, completions, resource templates, links, versions. */
class ClientFeaturesTest {
  private static McpTestClient client;

  @BeforeAll
  static void start() throws IOException {
    client = new McpTestClient();
    JsonNode capabilities = client.initialize().path("capabilities");
    assertTrue(capabilities.has("prompts") && capabilities.has("completions") && capabilities.has("resources"), capabilities.toString());
  }

  @AfterAll
  static void stop() throws IOException {
    client.close();
  }

  private static ObjectNode params() {
    return McpTestClient.JSON.createObjectNode();
  }

  @Test
  void promptsAreListedCompactlyWithTheirArguments() {
    JsonNode prompts = client.request("prompts/list", null).at("/result/prompts");
    assertTrue(prompts.toString().getBytes(StandardCharsets.UTF_8).length < 2000, prompts.toString());
    List<String> names = new ArrayList<>();
    for (JsonNode prompt : prompts) {
      names.add(prompt.path("name").asText());
      assertTrue(prompt.path("description").asText().getBytes(StandardCharsets.UTF_8).length < 300, prompt.toString());
      assertTrue(prompt.path("arguments").size() > 0, prompt.toString());
    }
    assertEquals(List.of("write_xanoscript", "call_meta_api", "run_job", "push_and_test"), names);
  }

  @Test
  void pushAndTestChecksPreviewsPushesAndTestsWithTheCommandsOfTheCliDocs() {
    String text = prompt("push_and_test", params().put("directory", "./my code").put("branch", "dev"));
    assertTrue(text.contains("`validate_xanoscript` `{\"directory\": \"./my code\"}`"), text);
    assertTrue(text.contains("`xano workspace push -d './my code' -b dev --dry-run`"), text);
    assertTrue(text.contains("`xano unit_test run_all -b dev -o json`"), text);
    assertTrue(text.contains("--sync --delete"), text);
    String plain = prompt("push_and_test", params());
    assertTrue(plain.contains("`xano workspace push -d .`"), plain);
    Library library = Library.load();
    assertTrue(library.cli().find("workspace").orElseThrow().commands().stream().anyMatch(c -> c.name().equals("workspace push")));
  }

  private static String prompt(String name, ObjectNode arguments) {
    JsonNode reply = client.request("prompts/get", params().put("name", name).set("arguments", arguments));
    assertFalse(reply.has("error"), reply.toString());
    return reply.at("/result/messages/0/content/text").asText();
  }

  @Test
  void writeXanoscriptGivesTheFilesQuickReferenceAndAsksForACheck() {
    String text = prompt("write_xanoscript", params().put("file_path", "api/users/get.xs").put("task", "return the user by id"));
    assertTrue(text.startsWith("Task: return the user by id\nFile: `api/users/get.xs`"), text);
    assertTrue(text.contains("# XanoScript Essentials: quick reference"), text);
    assertTrue(text.contains("`validate_xanoscript` `{\"code\": \"<the code>\"}`"), text);
  }

  @Test
  void callMetaApiNamesAuthenticationBaseUrlAndTheSectionsForTheGoal() {
    String text = prompt("call_meta_api", params().put("goal", "add a field to a table").put("topic", "table"));
    assertTrue(text.contains("xano.io/api:meta/"), text);
    assertTrue(text.contains("Authorization: Bearer"), text);
    assertTrue(text.contains("Best sections for \"add a field to a table\""), text);
    assertTrue(text.contains("`meta_api_docs`"), text);
  }

  @Test
  void runJobShowsTheDocumentAndTheCalls() {
    String text = prompt("run_job", params().put("function_name", "rollup_invoices"));
    assertTrue(text.contains("run.job \"Run rollup_invoices\" {\n  main = {\n    name: \"rollup_invoices\""), text);
    assertTrue(text.contains("https://app.dev.xano.com/api:run/project/{project_id}/run/exec"), text);
    assertTrue(text.contains("session/{session_id}"), text);
  }

  @Test
  void aMissingPromptArgumentIsAnInvalidParamsError() {
    JsonNode reply = client.request("prompts/get", params().put("name", "run_job"));
    assertEquals(-32602, reply.at("/error/code").asInt(), reply.toString());
  }

  private static JsonNode complete(JsonNode ref, String argument, String value) {
    ObjectNode params = params();
    params.set("ref", ref);
    params.putObject("argument").put("name", argument).put("value", value);
    JsonNode reply = client.request("completion/complete", params);
    assertFalse(reply.has("error"), reply.toString());
    return reply.at("/result/completion");
  }

  private static List<String> values(JsonNode completion) {
    List<String> values = new ArrayList<>();
    completion.path("values").forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void templateTopicsCompleteByPrefixThenAlias() {
    JsonNode ref = params().put("type", "ref/resource").put("uri", "xanoscript://docs/{topic}");
    List<String> s = values(complete(ref, "topic", "s"));
    assertEquals("survival", s.get(0));
    assertTrue(s.containsAll(List.of("syntax", "syntax/string-filters", "security", "streaming")), s.toString());
    assertEquals(List.of("database"), values(complete(ref, "topic", "db")).subList(0, 1));
    JsonNode meta = params().put("type", "ref/resource").put("uri", "meta-api://docs/{topic}");
    assertEquals(List.of("table", "task", "tool"), values(complete(meta, "topic", "t")));
    assertTrue(values(complete(meta, "topic", "")).size() == 17);
    JsonNode cli = params().put("type", "ref/resource").put("uri", "cli://docs/{topic}");
    assertEquals(List.of("unit_test", "update"), values(complete(cli, "topic", "u")));
    assertEquals(List.of("workflow_test"), values(complete(cli, "topic", "workflow-")));
  }

  @Test
  void promptArgumentsComplete() {
    JsonNode write = params().put("type", "ref/prompt").put("name", "write_xanoscript");
    assertTrue(values(complete(write, "file_path", "ap")).contains("api/"), complete(write, "file_path", "ap").toString());
    JsonNode meta = params().put("type", "ref/prompt").put("name", "call_meta_api");
    assertEquals(List.of("workspace", "workflows"), values(complete(meta, "topic", "w")));
  }

  @Test
  void anUnknownReferenceOrArgumentCompletesToNothingNotAnError() {
    assertEquals(List.of(), values(complete(params().put("type", "ref/prompt").put("name", "test_prompt_with_arguments"), "arg1", "test")));
    assertEquals(List.of(), values(complete(params().put("type", "ref/resource").put("uri", "file:///{x}"), "x", "")));
    assertEquals(List.of(), values(complete(params().put("type", "ref/prompt").put("name", "run_job"), "nope", "")));
  }

  @Test
  void templatesAreListedAndAnUnknownTopicThroughOneIsNotFound() {
    JsonNode templates = client.request("resources/templates/list", null).at("/result/resourceTemplates");
    List<String> uris = new ArrayList<>();
    templates.forEach(t -> uris.add(t.path("uriTemplate").asText()));
    assertEquals(List.of("run-api://docs/{topic}", "meta-api://docs/{topic}", "cli://docs/{topic}", "xanoscript://docs/{topic}"), uris);
    JsonNode reply = client.request("resources/read", params().put("uri", "xanoscript://docs/nope"));
    assertEquals(-32002, reply.at("/error/code").asInt(), reply.toString());
  }

  @Test
  void resourcesCarryTheDocsVersion() {
    JsonNode first = client.request("resources/list", null).at("/result/resources/0");
    assertEquals("2.4.0 (2026-06-10)", first.at("/_meta/xanoscript_docs").asText(), first.toString());
  }

  @Test
  void aTopicAnswerLinksTheRelatedTopics() {
    JsonNode result = client.callTool("run_api_docs", "{\"topic\":\"session\",\"detail_level\":\"summary\"}");
    List<String> links = new ArrayList<>();
    for (JsonNode content : result.path("content")) {
      if (content.path("type").asText().equals("resource_link")) {
        links.add(content.path("uri").asText());
        assertEquals("text/markdown", content.path("mimeType").asText());
      }
    }
    assertEquals(List.of("run-api://docs/run", "run-api://docs/data", "run-api://docs/workflows"), links);
    JsonNode script = client.callTool("xanoscript_docs", "{\"topic\":\"functions\"}");
    assertTrue(script.path("content").size() > 1, "functions names other topics: " + script.path("content").size());
  }
}
