package dev.xanomcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.StderrCapture;
import dev.xanomcp.docs.Library;
import dev.xanomcp.server.DocsServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

/** The transport in-process: a whole input read to its end, every reply written before serve returns. */
class StdioTransportTest {
  static final JacksonMcpJsonMapper MAPPER = new JacksonMcpJsonMapper(new ObjectMapper());
  static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n";

  /** What one session wrote: its stdout lines after the initialize reply, and its stderr. */
  record Session(List<String> replies, String stderr) {}

  /** Serves {@code lines} after INIT with the real DocsServer, capturing stderr. */
  static Session serve(String lines) {
    return serve("2025-06-18", lines);
  }

  static Session serve(String protocol, String lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String input = INIT.replace("2025-06-18", protocol) + lines;
    StdioTransport transport = new StdioTransport(MAPPER, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, () -> {});
    DocsServer.start(transport, MAPPER, Library.load());
    String stderr = StderrCapture.during(() -> assertTrue(transport.serve()));
    List<String> replies = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(replies.get(0).startsWith("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":"), replies.get(0));
    return new Session(replies.subList(1, replies.size()), stderr);
  }

  static String ping(Object id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}\n";
  }

  static String pong(Object id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{}}";
  }

  static String error(Object id, int code, String message) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":" + code + ",\"message\":\"" + message.replace("\"", "\\\"") + "\"}}";
  }

  @Test
  void answersEveryRequestBeforeServeReturns() {
    StringBuilder input = new StringBuilder();
    for (int id = 1; id <= 50; id++) {
      input.append("{\"jsonrpc\":\"2.0\",\"id\":").append(id).append(",\"method\":\"tools/call\",\"params\":{\"name\":\"mcp_version\"}}\n");
    }
    Session session = serve(input.toString());
    assertEquals(50, session.replies().size());
    assertEquals("", session.stderr());
  }

  @Test
  void keepsGoingAfterBadLines() {
    Session session = serve("nonsense\n[]\n\n" + ping("\"p\""));
    List<String> replies = session.replies();
    assertEquals(3, replies.size(), replies.toString());
    assertTrue(replies.get(0).contains("\"code\":-32700"), replies.get(0));
    assertTrue(replies.get(1).contains("\"code\":-32600"), replies.get(1));
    assertEquals(pong("\"p\""), replies.get(2));
    assertEquals("", session.stderr());
  }

  @Test
  void trailingContentAfterAMessageIsAParseError() {
    Session session = serve(
        "{\"jsonrpc\":\"2.0\",\"id\":92}4, \"method\":\"ping\"}\n"
            + ping(1).strip() + ping(2)
            + ping(3).strip() + " x\n"
            + ping(4).strip() + " \t\n"
            + ping(5));
    String parseError = error(null, -32700, "Parse error: the line is not valid JSON");
    assertEquals(List.of(parseError, parseError, parseError, pong(4), pong(5)), session.replies());
    assertEquals("", session.stderr());
  }

  static final String CLIENT = "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "tools/call         | {\"name\":\"mcp_version\",\"arguments\":\"x\"}   | \"arguments\" must be an object",
    "tools/call         | {\"name\":\"mcp_version\",\"arguments\":[1]}     | \"arguments\" must be an object",
    "tools/call         | {\"name\":\"mcp_version\",\"_meta\":5}           | \"_meta\" must be an object",
    "tools/call         | {\"name\":{}}                                   | \"name\" must be a string",
    "tools/call         | {\"name\":5}                                    | \"name\" must be a string",
    "tools/call         | {\"arguments\":{}}                              | \"name\" is missing",
    "tools/call         | null                                            | \"name\" is missing",
    "resources/read     | {\"uri\":[]}                                    | \"uri\" must be a string",
    "resources/read     | {\"uri\":\"xanoscript://docs/syntax\",\"_meta\":[1]} | \"_meta\" must be an object",
    "resources/subscribe | {\"uri\":true}                                 | \"uri\" must be a string",
    "tools/list         | {\"cursor\":{}}                                 | \"cursor\" must be a string",
    "ping               | {\"_meta\":\"x\"}                               | \"_meta\" must be an object",
    "prompts/get        | {\"name\":\"p\",\"arguments\":\"y\"}             | \"arguments\" must be an object",
    "completion/complete | {\"ref\":\"x\",\"argument\":{}}                 | \"ref\" must be an object",
    "completion/complete | {\"ref\":{\"type\":\"ref/prompt\"},\"argument\":{\"name\":1}} | \"argument.name\" must be a string",
    "initialize         | {\"protocolVersion\":5,CLIENT}                  | \"protocolVersion\" must be a string",
    "initialize         | {\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"roots\":\"x\"},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}} | \"capabilities.roots\" must be an object",
    "initialize         | {\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"experimental\":5},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}} | \"capabilities.experimental\" must be an object",
    "initialize         | {\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":{},\"version\":\"1\"}} | \"clientInfo.name\" must be a string",
    "initialize         | {\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\",\"icons\":[{\"src\":\"i\",\"sizes\":\"y\"}]}} | \"clientInfo.icons[0].sizes\" must be an array",
    "initialize         | {\"protocolVersion\":\"2025-06-18\",\"capabilities\":{}}   | \"clientInfo\" is missing",
    "logging/setLevel   | {\"level\":\"loud\"}                             | \"level\" must be one of debug, info, notice, warning, error, critical, alert, emergency",
    "logging/setLevel   | {\"level\":5}                                   | \"level\" must be one of debug, info, notice, warning, error, critical, alert, emergency",
  })
  void paramsOfTheWrongTypeAreInvalidParamsInOnePlainSentence(String method, String params, String message) {
    String request = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params.replace("CLIENT", CLIENT) + "}\n";
    Session session = serve(request + ping(99));
    assertEquals(List.of(error(7, -32602, "Invalid params: " + message), pong(99)), session.replies());
    assertEquals("", session.stderr());
  }

  @Test
  void aKnownLogLevelIsAccepted() {
    Session session = serve("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"error\"}}\n");
    assertEquals(List.of(pong(7)), session.replies());
    assertEquals("", session.stderr());
  }

  @ParameterizedTest(name = "protocol {0}")
  @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
  void batchesAreRefusedInEveryProtocolVersion(String protocol) {
    Session session = serve(protocol, "[" + ping(1).strip() + "," + ping(2).strip() + "]\n" + "[" + INIT.lines().toList().get(1) + "]\n" + ping(1));
    String refused = error(null, -32600, "Invalid Request: JSON-RPC batches are not supported; send one message per line");
    assertEquals(List.of(refused, refused, pong(1)), session.replies());
    assertEquals("", session.stderr());
  }

  @Test
  void aRequestReusingTheIdOfOneInABatchGetsItsOwnReply() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      input.append("[").append(ping(7).strip()).append("]\n").append(ping(7));
    }
    for (String reply : serve("2025-03-26", input.toString()).replies()) {
      assertTrue(reply.equals(pong(7)) || reply.contains("\"code\":-32600"), reply);
    }
  }

  @Test
  void aClientThatStopsReadingCannotHoldTheServerForEver() {
    CountDownLatch never = new CountDownLatch(1);
    OutputStream unread = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        try {
          never.await();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      }
    };
    StringBuilder input = new StringBuilder(INIT);
    for (int id = 1; id <= 3000; id++) {
      input.append("{\"jsonrpc\":\"2.0\",\"id\":").append(id).append(",\"method\":\"tools/call\",\"params\":{\"name\":\"mcp_version\"}}\n");
    }
    AtomicInteger closed = new AtomicInteger();
    Duration patience = Duration.ofSeconds(1);
    StdioTransport transport = new StdioTransport(MAPPER, new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), unread, closed::incrementAndGet, patience);
    DocsServer.start(transport, MAPPER, Library.load());
    String stderr = StderrCapture.during(() -> assertFalse(assertTimeoutPreemptively(patience.multipliedBy(10), transport::serve)));
    assertEquals(1, closed.get());
    assertEquals("WARN dev.xanomcp.stdio.LineWriter - stdout has not been read for 1 s; the client is stuck, exiting", stderr.strip());
  }

  /**
   * Serves {@code lines} after INIT with a server of one tool, "odd", that answers with
   * {@code handler}; serve must return well within the drain time.
   */
  static Session serveOdd(BiFunction<McpAsyncServerExchange, CallToolRequest, Mono<CallToolResult>> handler, String lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StdioTransport transport = new StdioTransport(MAPPER, new ByteArrayInputStream((INIT + lines).getBytes(StandardCharsets.UTF_8)), out, () -> {});
    McpServer.async(transport)
        .jsonMapper(MAPPER)
        .jsonSchemaValidator((schema, value) -> JsonSchemaValidator.ValidationResponse.asValid(null))
        .serverInfo("odd", "1")
        .capabilities(ServerCapabilities.builder().tools(false).build())
        .tools(new AsyncToolSpecification(Tool.builder("odd", Map.of("type", "object")).build(), handler))
        .build();
    String stderr = StderrCapture.during(() -> assertTrue(assertTimeoutPreemptively(StdioTransport.DRAIN.dividedBy(2), transport::serve)));
    List<String> replies = out.toString(StandardCharsets.UTF_8).lines().toList();
    return new Session(replies.subList(1, replies.size()), stderr);
  }

  static final String CALL_ODD = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"odd\"}}\n";
  static final String INTERNAL_ERROR = error(1, -32603, "Internal error: the server failed to answer this request");

  @Test
  void aReplyThatCannotBeSerialisedBecomesAnInternalError() {
    Session session = serveOdd((exchange, request) -> Mono.just(CallToolResult.builder().addTextContent("x").structuredContent(Map.of("x", new Object())).build()), CALL_ODD + ping(2));
    assertEquals(List.of(INTERNAL_ERROR, pong(2)), session.replies());
    assertEquals(1, session.stderr().lines().count(), session.stderr());
    assertTrue(session.stderr().contains("request 1 ended without a reply"), session.stderr());
  }

  @Test
  void aRequestTheSessionLeavesUnansweredGetsAnInternalError() {
    Session session = serveOdd((exchange, request) -> Mono.empty(), CALL_ODD + ping(2));
    assertEquals(List.of(INTERNAL_ERROR, pong(2)), session.replies());
    assertEquals(1, session.stderr().lines().count(), session.stderr());
    assertTrue(session.stderr().contains("request 1 ended without a reply"), session.stderr());
  }

  @Test
  void aRequestReusingTheIdOfOneInProgressIsRefused() {
    CallToolResult slow = CallToolResult.builder().addTextContent("slow").isError(false).build();
    Session session = serveOdd((exchange, request) -> Mono.delay(Duration.ofMillis(300)).thenReturn(slow), CALL_ODD + ping(1) + ping(2));
    assertEquals(List.of(error(1, -32600, "Invalid Request: id 1 is in use by a request still in progress"), pong(2),
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"slow\"}],\"isError\":false}}"), session.replies());
    assertEquals("", session.stderr());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "blank                        | ``",
    "blanks                       | ` \t `",
    "reply with a string error    | {\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"x\"}",
    "reply with result and error  | {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{},\"error\":{\"code\":1,\"message\":\"m\"}}",
    "reply with a null id         | {\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":1,\"message\":\"m\"}}",
    "notifications/cancelled      | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}",
    "notifications/progress       | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":1,\"progress\":1}}",
    "notifications/initialized    | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
    "a notification with bad _meta | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\",\"params\":{\"_meta\":1}}",
  })
  void linesThatNeedNoReplyGetNoneAndLeaveStderrEmpty(String name, String line) {
    Session session = serve(line + "\n" + ping(3));
    assertEquals(List.of(pong(3)), session.replies());
    assertEquals("", session.stderr());
  }

  @Test
  void aBrokenOutputIsReportedOnceAndServeReturnsFalse() {
    AtomicInteger closed = new AtomicInteger();
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StdioTransport transport = new StdioTransport(MAPPER, new ByteArrayInputStream((INIT + INIT).getBytes(StandardCharsets.UTF_8)), broken, closed::incrementAndGet);
    DocsServer.start(transport, MAPPER, Library.load());
    String stderr = StderrCapture.during(() -> assertFalse(transport.serve()));
    assertEquals(1, closed.get());
    assertEquals(1, stderr.lines().count(), stderr);
    assertTrue(stderr.contains("stdout closed"), stderr);
  }
}
