package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.Checkpoint;
import dev.xanomcp.StderrCapture;
import dev.xanomcp.docs.Library;
import dev.xanomcp.stdio.StdioTransport;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import dev.xanomcp.tools.Answer;
import dev.xanomcp.tools.Param;
import dev.xanomcp.tools.Tool;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The session as a client meets it, with tools of the test's own beside the real ones: one that
 * waits for a latch, one that works until it is stopped, one that overflows the stack, one that
 * says which roots it was given. Every assertion is about order and content, not time.
 */
class DispatcherTest {
  static final Settings SETTINGS = new Settings(2, 4, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(60));

  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger started = new AtomicInteger();
  final AtomicInteger stopped = new AtomicInteger();

  List<Tool> tools() {
    List<Tool> tools = new ArrayList<>();
    tools.add(tool("waits", (args, context) -> {
      started.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Answer.text("released");
    }));
    tools.add(tool("works", (args, context) -> {
      started.incrementAndGet();
      try {
        while (true) {
          Checkpoint.check();
          Thread.onSpinWait();
        }
      } finally {
        stopped.incrementAndGet();
      }
    }));
    tools.add(tool("overflows", (args, context) -> Answer.text(String.valueOf(deep(0)))));
    tools.add(tool("roots", (args, context) -> Answer.text(context.roots().get().map(List::toString).orElse("none"))));
    return tools;
  }

  static int deep(int depth) {
    return deep(depth + 1) + 1;
  }

  static Tool tool(String name, Tool.Handler handler) {
    return new Tool(name, name, "A test tool.", null, List.<Param>of(), null, null, List.of(), () -> {}, handler);
  }

  McpTestClient client(Settings settings) throws IOException {
    return new McpTestClient(settings, tools());
  }

  static String text(JsonNode reply) {
    return reply.at("/result/content/0/text").asText();
  }

  @Test
  void aRequestBeforeInitializeIsRefusedButPingIsAnswered() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      assertEquals(-32600, client.request("tools/list", null).at("/error/code").asInt());
      assertTrue(client.request("ping", null).path("result").isObject());
      client.initialize();
      assertTrue(client.request("tools/list", null).at("/result/tools").isArray());
    }
  }

  @Test
  void aSecondInitializeIsRefused() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      ObjectNode params = McpTestClient.JSON.createObjectNode().put("protocolVersion", "2025-06-18");
      params.putObject("capabilities");
      params.putObject("clientInfo").put("name", "again").put("version", "1");
      JsonNode again = client.request("initialize", params);
      assertEquals(-32600, again.at("/error/code").asInt(), again.toString());
      assertEquals("Invalid Request: the session is already initialized", again.at("/error/message").asText());
    }
  }

  @Test
  void initializeSaysWhatTheSdkWouldSay() throws Exception {
    try (McpTestClient client = client(SETTINGS)) {
      JsonNode result = client.initialize();
      McpSchema.InitializeResult expected = McpSchema.InitializeResult.builder("2025-06-18",
              McpTestClient.JSON.treeToValue(Dispatcher.CAPABILITIES, McpSchema.ServerCapabilities.class),
              McpSchema.Implementation.builder(Version.NAME, Version.VALUE).build())
          .instructions(result.path("instructions").asText())
          .build();
      assertEquals(McpTestClient.JSON.valueToTree(expected), result);
    }
  }

  @Test
  void aPingIsAnsweredWhileACallRuns() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      int call = client.startCall("waits", "{}");
      assertTrue(client.request("ping", null).path("result").isObject());
      release.countDown();
      assertEquals("released", text(client.reply(call)));
    }
  }

  @Test
  void cancelledCallsStopSendNothingAndFreeTheirWorkers() throws Exception {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      List<Integer> calls = new ArrayList<>();
      for (int i = 0; i < SETTINGS.workers(); i++) {
        calls.add(client.startCall("works", "{}"));
      }
      while (started.get() < SETTINGS.workers()) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
      for (int id : calls) {
        client.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + id + ",\"reason\":\"user\"}}");
      }
      assertTrue(client.request("ping", null).path("result").isObject());
      assertFalse(client.callTool("mcp_version", "{}").path("isError").asBoolean());
      while (stopped.get() < SETTINGS.workers()) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
    }
  }

  @Test
  void aCancellationForAnUnknownOrFinishedCallIsIgnored() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      client.callTool("mcp_version", "{}");
      client.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}");
      client.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"nobody\"}}");
      assertTrue(client.request("ping", null).path("result").isObject());
    }
  }

  @Test
  void aCallPastItsTimeLimitIsStoppedAndSaysSo() throws Exception {
    Settings quick = new Settings(2, 4, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60));
    try (McpTestClient client = client(quick)) {
      client.initialize();
      JsonNode reply = client.reply(client.startCall("works", "{}"));
      assertEquals(-32603, reply.at("/error/code").asInt(), reply.toString());
      assertEquals("The request took longer than 1 s and was stopped", reply.at("/error/message").asText());
      while (stopped.get() < 1) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
      assertFalse(client.callTool("mcp_version", "{}").path("isError").asBoolean());
    }
  }

  @Test
  void afterCloseGracefullyCallsAreStoppedAndNoMoreRun() throws Exception {
    List<JSONRPCRequest> sent = new ArrayList<>();
    Dispatcher session = (Dispatcher) DocsServer.start(McpTestClient.JSON, Library.load(), tools(), SETTINGS, sent::add);
    session.closeGracefully().block();
    List<String> replies = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String input = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"mcp_version\"}}\n";
    new StdioTransport(McpTestClient.JSON, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, Duration.ofSeconds(5), stuck -> {})
        .serve(session, Duration.ofSeconds(5));
    out.toString(StandardCharsets.UTF_8).lines().forEach(replies::add);
    assertEquals(2, replies.size(), replies.toString());
    assertTrue(replies.get(1).contains("the server is shutting down"), replies.get(1));
  }

  @Test
  void aStackOverflowInACallIsThatCallsInternalErrorAndTheServerGoesOn() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      String[] text = new String[1];
      String stderr = StderrCapture.during(() -> text[0] = client.reply(client.startCall("overflows", "{}")).toString());
      assertTrue(text[0].contains("\"code\":-32603") && text[0].contains("nests too deeply"), text[0]);
      assertTrue(stderr.contains("StackOverflowError"), stderr);
      assertFalse(client.callTool("mcp_version", "{}").path("isError").asBoolean());
    }
  }

  @Test
  void aClientThatPipelinesMoreCallsThanTheServerHoldsGetsEveryReply() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      List<Integer> calls = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        calls.add(client.startCall("mcp_version", "{}"));
      }
      for (int id : calls) {
        assertEquals(Version.VALUE, client.reply(id).at("/result/structuredContent/version").asText());
      }
    }
  }

  @Test
  void theClientsRootsAreAskedForAfterInitializedAndFollowed() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      ObjectNode capabilities = McpTestClient.JSON.createObjectNode();
      capabilities.putObject("roots").put("listChanged", true);
      client.initialize(capabilities);
      int call = client.startCall("roots", "{}");
      answerRoots(client, "file:///work/project");
      assertEquals(List.of(Path.of("/work/project")).toString(), text(client.reply(call)));
      client.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\"}");
      answerRoots(client, "file:///work/other", "https://example.com/not-a-folder");
      assertEquals(List.of(Path.of("/work/other")).toString(), text(client.reply(client.startCall("roots", "{}"))));
    }
  }

  @Test
  void aClientWithoutRootsIsNotAskedAndItsCallsHaveNone() throws IOException {
    try (McpTestClient client = client(SETTINGS)) {
      client.initialize();
      assertEquals("none", text(client.reply(client.startCall("roots", "{}"))));
    }
  }

  @Test
  void aClientThatNeverAnswersRootsIsTreatedAsHavingNone() throws IOException {
    Settings impatient = new Settings(2, 4, Duration.ofSeconds(30), Duration.ofMillis(300), Duration.ofSeconds(60));
    try (McpTestClient client = client(impatient)) {
      ObjectNode capabilities = McpTestClient.JSON.createObjectNode();
      capabilities.putObject("roots");
      client.initialize(capabilities);
      client.serverRequest("roots/list");
      String[] text = new String[1];
      StderrCapture.during(() -> text[0] = text(client.reply(client.startCall("roots", "{}"))));
      assertEquals("none", text[0]);
    }
  }

  private static void answerRoots(McpTestClient client, String... uris) {
    JsonNode asked = client.serverRequest("roots/list");
    ObjectNode answer = McpTestClient.JSON.createObjectNode().put("jsonrpc", "2.0");
    answer.set("id", asked.path("id"));
    var roots = answer.putObject("result").putArray("roots");
    for (String uri : uris) {
      roots.addObject().put("uri", uri);
    }
    client.send(answer.toString());
  }
}
