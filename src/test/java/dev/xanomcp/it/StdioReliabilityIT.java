package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server guarantees on stdio, checked against the real jar in its own process: one reply
 * per request, errors for bad lines without ending the session, a clean exit at end of input.
 */
class StdioReliabilityIT {
  static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"ping\"}";

  static String call(int id, String topic) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"run_api_docs\",\"arguments\":{\"topic\":\"" + topic + "\"}}}";
  }

  /** The replies after the initialize reply, with the exit status checked to be 0. */
  static List<JsonNode> after(ServerProcess server) throws Exception {
    assertEquals(0, server.finish(30), server.stderr());
    List<JsonNode> replies = server.replies();
    assertEquals(0, replies.get(0).path("id").asInt(-1), "first reply answers initialize: " + replies.get(0));
    return replies.subList(1, replies.size());
  }

  static void assertPong(JsonNode reply) {
    assertEquals("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", reply.toString());
  }

  @Test
  void everyRequestIsAnsweredOnceEvenWhenStdinClosesRightAfter() throws Exception {
    StringBuilder input = new StringBuilder(String.format(ServerProcess.INITIALIZE, "2025-06-18")).append('\n').append(ServerProcess.INITIALIZED).append('\n');
    for (int id = 1; id <= 300; id++) {
      input.append(call(id, id % 2 == 0 ? "session" : "workflows")).append('\n');
    }
    try (ServerProcess server = new ServerProcess()) {
      server.sendBytes(input.toString().getBytes(StandardCharsets.UTF_8));
      List<JsonNode> replies = after(server);
      Map<Integer, Integer> answers = new HashMap<>();
      for (JsonNode reply : replies) {
        assertFalse(reply.at("/result/isError").asBoolean(), reply.toString());
        answers.merge(reply.path("id").asInt(), 1, Integer::sum);
      }
      assertEquals(300, answers.size());
      answers.values().forEach(count -> assertEquals(1, count));
      assertEquals("", server.stderr());
    }
  }

  @Test
  void aLineThatIsNotJsonGetsAParseErrorAndTheSessionGoesOn() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":");
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the line is not valid JSON\"}}", replies.get(0).toString());
      assertPong(replies.get(1));
      assertEquals("", server.stderr());
    }
  }

  @Test
  void trailingContentAfterAMessageIsAParseError() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send("{\"jsonrpc\":\"2.0\",\"id\":92}4, \"method\":\"ping\"}");
      server.send(PING + PING.replace("99", "98"));
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals(3, replies.size(), replies.toString());
      for (JsonNode error : replies.subList(0, 2)) {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the line is not valid JSON\"}}", error.toString());
      }
      assertPong(replies.get(2));
      assertEquals("", server.stderr());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "no jsonrpc         | {\"id\":7,\"method\":\"ping\"}                      | 7    | \"jsonrpc\" must be \"2.0\"",
    "wrong jsonrpc      | {\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}   | 7    | \"jsonrpc\" must be \"2.0\"",
    "method a number    | {\"jsonrpc\":\"2.0\",\"id\":7,\"method\":42}          | 7    | \"method\" must be a string",
    "id an object       | {\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}   | null | \"id\" must be a string or a 64-bit integer",
    "id a fraction      | {\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}  | null | \"id\" must be a string or a 64-bit integer",
    "params a string    | {\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":\"x\"} | 7 | \"params\" must be an object",
    "no method          | {\"jsonrpc\":\"2.0\",\"id\":7}                      | 7    | \"method\" is missing",
    "a number           | 42                                                | null | expected a JSON-RPC message object",
    "a string           | \"ping\"                                          | null | expected a JSON-RPC message object",
    "null               | null                                              | null | expected a JSON-RPC message object",
    "an empty batch     | []                                                | null | JSON-RPC batches are not supported; send one message per line",
  })
  void validJsonThatIsNotJsonRpcGetsInvalidRequest(String name, String line, String id, String message) throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send(line);
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals(2, replies.size(), replies.toString());
      JsonNode error = replies.get(0);
      assertEquals(id, error.path("id").asText("null").equals("") ? "null" : error.path("id").toString());
      assertEquals(-32600, error.at("/error/code").asInt(), error.toString());
      assertEquals("Invalid Request: " + message, error.at("/error/message").asText());
      assertPong(replies.get(1));
    }
  }

  @Test
  void aRequestWithoutItsRequiredParamsIsInvalidParams() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"resources/read\",\"params\":null}");
      server.send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}");
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32602,\"message\":\"Invalid params: \\\"uri\\\" is missing\"}}", replies.get(0).toString());
      assertEquals("{\"jsonrpc\":\"2.0\",\"id\":8,\"error\":{\"code\":-32602,\"message\":\"Invalid params: \\\"name\\\" is missing\"}}", replies.get(1).toString());
      assertPong(replies.get(2));
      assertEquals("", server.stderr());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "tools/call         | {\"name\":\"run_api_docs\",\"arguments\":\"x\"} | \"arguments\" must be an object",
    "tools/call         | {\"name\":\"run_api_docs\",\"arguments\":[1]}   | \"arguments\" must be an object",
    "tools/call         | {\"name\":[\"run_api_docs\"]}                  | \"name\" must be a string",
    "resources/read     | {\"uri\":\"run-api://docs/run\",\"_meta\":5}     | \"_meta\" must be an object",
    "initialize         | {\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"roots\":[]},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}} | \"capabilities.roots\" must be an object",
    "logging/setLevel   | {\"level\":\"loud\"}                           | \"level\" must be one of debug, info, notice, warning, error, critical, alert, emergency",
  })
  void paramsOfTheWrongTypeAreInvalidParamsAndLeaveStderrEmpty(String method, String params, String message) throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params + "}");
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals(-32602, replies.get(0).at("/error/code").asInt(), replies.toString());
      assertEquals("Invalid params: " + message, replies.get(0).at("/error/message").asText());
      assertPong(replies.get(1));
      assertEquals("", server.stderr());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "blank                     | ``",
    "blanks                    | `   \t`",
    "a malformed reply         | {\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"x\"}",
    "notifications/cancelled   | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}",
  })
  void linesThatNeedNoReplyGetNoneAndLeaveStderrEmpty(String name, String line) throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send(line);
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals(1, replies.size(), replies.toString());
      assertPong(replies.get(0));
      assertEquals("", server.stderr());
    }
  }

  @ParameterizedTest(name = "protocol {0}")
  @ValueSource(strings = {"2025-03-26", "2025-06-18"})
  void batchesAreRefusedInEveryProtocolVersion(String protocol) throws Exception {
    try (ServerProcess server = new ServerProcess()) {
      server.send(String.format(ServerProcess.INITIALIZE, protocol));
      server.send(ServerProcess.INITIALIZED);
      server.send("[" + call(1, "data") + "," + PING + "]");
      server.send("[" + ServerProcess.INITIALIZED + "]");
      server.send(PING);
      List<JsonNode> replies = after(server);
      String refused = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: JSON-RPC batches are not supported; send one message per line\"}}";
      assertEquals(3, replies.size(), replies.toString());
      assertEquals(refused, replies.get(0).toString());
      assertEquals(refused, replies.get(1).toString());
      assertPong(replies.get(2));
      assertEquals("", server.stderr());
    }
  }

  @Test
  void aRequestBeforeInitializeIsRefusedAndTheProcessStillExits() throws Exception {
    try (ServerProcess server = new ServerProcess()) {
      server.send(call(1, "session"));
      server.send(PING);
      assertEquals(0, server.finish(30));
      List<JsonNode> replies = server.replies();
      assertEquals(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: the server is not initialized; send \\\"initialize\\\" first\"}}",
          replies.get(0).toString());
      assertPong(replies.get(1));
    }
  }

  @Test
  void aRequestWithoutTheInitializedNoticeIsServed() throws Exception {
    try (ServerProcess server = new ServerProcess()) {
      server.send(String.format(ServerProcess.INITIALIZE, "2025-06-18"));
      server.send(call(1, "data"));
      List<JsonNode> replies = after(server);
      assertEquals(1, replies.get(0).path("id").asInt());
      assertTrue(replies.get(0).at("/result/content/0/text").asText().startsWith("# "), replies.toString());
    }
  }

  @Test
  void anOversizedLineIsRefusedInBoundedMemoryAndReadingGoesOn() throws Exception {
    // 200 MiB in one line to a server with a 64 MiB heap: it can only cope by not keeping the line.
    try (ServerProcess server = ServerProcess.initialized("-Xmx64m")) {
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'x');
      server.sendBytes("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\",\"params\":{\"pad\":\"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 200; i++) {
        server.sendBytes(chunk);
      }
      server.send("\"}}");
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: line longer than 4 MiB\"}}", replies.get(0).toString());
      assertPong(replies.get(1));
    }
  }

  @Test
  void aLineJustUnderTheLimitIsRead() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      String pad = "y".repeat(4 * 1024 * 1024 - 100);
      server.send("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"ping\",\"params\":{\"_meta\":{\"pad\":\"" + pad + "\"}}}");
      List<JsonNode> replies = after(server);
      assertPong(replies.get(0));
    }
  }

  @Test
  void crlfLineEndingsAreAccepted() throws Exception {
    try (ServerProcess server = new ServerProcess()) {
      String input = String.format(ServerProcess.INITIALIZE, "2025-06-18") + "\r\n" + ServerProcess.INITIALIZED + "\r\n" + PING + "\r\n";
      server.sendBytes(input.getBytes(StandardCharsets.UTF_8));
      List<JsonNode> replies = after(server);
      assertEquals(1, replies.size(), replies.toString());
      assertPong(replies.get(0));
    }
  }

  @Test
  void utf8InAndOutWhateverThePlatformEncoding() throws Exception {
    try (ServerProcess server = ServerProcess.initialized("-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1")) {
      server.send(call(1, "séssion→✓"));
      List<JsonNode> replies = after(server);
      assertEquals("Unknown topic 'séssion→✓'. Did you mean 'session'? Use one of: start, run, session, history, data, workflows.",
          replies.get(0).at("/result/content/0/text").asText());
    }
  }

  @Test
  void invalidUtf8IsAParseError() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.sendBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '\n'});
      server.send(PING);
      List<JsonNode> replies = after(server);
      assertEquals(-32700, replies.get(0).at("/error/code").asInt(), replies.toString());
      assertPong(replies.get(1));
    }
  }

  @Test
  void endOfInputEndsTheProcessWithStatusZero() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      assertEquals(0, server.finish(StdioLimits.EXIT_SECONDS));
      assertEquals("", server.stderr());
    }
  }

  @Test
  void aVanishedClientEndsTheProcessQuietly() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.process.getInputStream().close();
      for (int id = 1; id <= 50; id++) {
        server.send(call(id, "session"));
      }
      int status = server.await(StdioLimits.EXIT_SECONDS);
      assertEquals(0, status);
      String stderr = server.stderr();
      assertTrue(stderr.lines().count() <= 1, stderr);
      assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
    }
  }

  /**
   * A client that stops reading holds the server back (it stops reading too) rather than losing
   * replies; only a stall of the whole stall time (here 3 s instead of 60) ends it, with status 1.
   */
  @Test
  void aClientThatStopsReadingStdoutIsGivenUpAfterTheStallTime() throws Exception {
    StringBuilder input = new StringBuilder(String.format(ServerProcess.INITIALIZE, "2025-06-18")).append('\n').append(ServerProcess.INITIALIZED).append('\n');
    for (int id = 1; id <= 3000; id++) {
      input.append(call(id, "session")).append('\n');
    }
    try (ServerProcess server = ServerProcess.unread("-Dxano.mcp.stall=PT3S")) {
      // The server stops reading stdin when its output is full, so this write may block until it exits.
      Thread writer = new Thread(() -> {
        try {
          server.sendBytes(input.toString().getBytes(StandardCharsets.UTF_8));
          server.closeStdin();
        } catch (IOException e) {
          // the server gave up on us and closed its end
        }
      });
      writer.setDaemon(true);
      writer.start();
      assertEquals(1, server.await(StdioLimits.EXIT_SECONDS));
      assertEquals("WARN dev.xanomcp.stdio.LineWriter - stdout has not been read for 3 s; the client is stuck, exiting", server.stderr().strip());
    }
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows has no SIGTERM: destroy() is TerminateProcess there, which a process cannot see")
  void sigtermEndsTheProcessCleanly() throws Exception {
    try (ServerProcess server = ServerProcess.initialized()) {
      server.send(PING);
      TimeUnit.MILLISECONDS.sleep(500);
      // Through the handle: Process.destroy() would also close stdin, which is a clean EOF.
      server.process.toHandle().destroy();
      int status = server.await(StdioLimits.EXIT_SECONDS);
      assertEquals(143, status, "128 + SIGTERM");
      assertEquals("", server.stderr());
      server.replies().forEach(r -> assertEquals("2.0", r.path("jsonrpc").asText()));
    }
  }

  @Test
  void pipelinedCallsAllGetCompleteUnmixedReplies() throws Exception {
    StringBuilder input = new StringBuilder();
    String[] topics = {"start", "run", "session", "history", "data", "workflows"};
    for (int id = 1; id <= 1000; id++) {
      input.append(call(id, topics[id % topics.length])).append('\n');
    }
    try (ServerProcess server = ServerProcess.initialized()) {
      server.sendBytes(input.toString().getBytes(StandardCharsets.UTF_8));
      List<JsonNode> replies = after(server);
      assertEquals(1000, replies.size());
      Map<Integer, JsonNode> byId = new HashMap<>();
      replies.forEach(r -> byId.put(r.path("id").asInt(), r));
      assertEquals(1000, byId.size());
      for (int id = 1; id <= 1000; id++) {
        String text = byId.get(id).at("/result/content/0/text").asText();
        assertTrue(text.startsWith("# ") && text.endsWith("\n"), "reply " + id);
      }
    }
  }
}
