package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiCatalogTest {
  @Test
  void runApiHasItsTopicsInOrder() {
    ApiCatalog run = ApiCatalog.load("run", new ObjectMapper());
    assertEquals(List.of("start", "run", "session", "history", "data", "workflows"), run.names());
    assertEquals("run_api_docs", run.index().tool());
    assertEquals("https://app.dev.xano.com/api:run/<endpoint>", run.index().baseUrl());
  }

  @Test
  void metaApiHasItsTopicsInOrder() {
    ApiCatalog meta = ApiCatalog.load("meta", new ObjectMapper());
    assertEquals(
        List.of("start", "authentication", "workspace", "apigroup", "api", "table", "function", "task", "agent", "tool",
            "mcp_server", "middleware", "branch", "realtime", "file", "history", "workflows"),
        meta.names());
    assertEquals("https://<your-instance-subdomain>.xano.io/api:meta/<endpoint>", meta.index().baseUrl());
  }

  @Test
  void cliHasItsTopicsInOrderAndNoBaseUrl() {
    ApiCatalog cli = ApiCatalog.load("cli", new ObjectMapper());
    assertEquals(
        List.of("start", "auth", "profile", "workspace", "branch", "function", "release", "tenant", "unit_test", "workflow_test", "sandbox",
            "platform", "static_host", "update", "integration"),
        cli.names());
    assertEquals("cli_docs", cli.index().tool());
    assertEquals(null, cli.index().baseUrl());
    assertEquals("cli", cli.index().scheme());
    assertEquals("run-api", ApiCatalog.load("run", new ObjectMapper()).index().scheme());
  }

  @Test
  void findIsLooseAboutCaseAndDashesAndKeepsWhatItRead() {
    ApiCatalog meta = ApiCatalog.load("meta", new ObjectMapper());
    ApiTopic topic = meta.find("MCP-Server").orElseThrow();
    assertEquals("mcp_server", topic.topic());
    assertSame(topic, meta.find("mcp_server").orElseThrow());
  }

  @Test
  void findGivesNothingForAnUnknownTopic() {
    assertTrue(ApiCatalog.load("run", new ObjectMapper()).find("sesion").isEmpty());
  }

  @Test
  void aMissingApiFailsLoudly() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApiCatalog.load("nope", new ObjectMapper()));
    assertEquals("cannot read topics/nope/index.json", e.getMessage());
  }

  @Test
  void aTopicFileWithAnUnknownKeyFailsLoudlyNamingTheFile() {
    ApiCatalog broken = ApiCatalog.load("broken", new ObjectMapper());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.find("typo"));
    assertEquals("cannot read topics/broken/typo.json", e.getMessage());
    assertTrue(e.getCause().getMessage().contains("\"ai_hint\""), e.getCause().getMessage());
  }

  @Test
  void aTopicFileWithoutARequiredKeyFailsLoudly() {
    ApiCatalog broken = ApiCatalog.load("broken", new ObjectMapper());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.find("untitled"));
    assertEquals("cannot read topics/broken/untitled.json", e.getMessage());
  }

  @Test
  void aTopicFileNamingAnotherTopicFailsLoudly() {
    ApiCatalog broken = ApiCatalog.load("broken", new ObjectMapper());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.find("misnamed"));
    assertEquals("cannot read topics/broken/misnamed.json: it holds topic other", e.getMessage());
  }
}
