package dev.xanomcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.StderrCapture;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transport in-process, with a peer of the test's own: framing, the checks of the gate, one
 * reply per request, and what happens when the output breaks or stalls. The session behind it is
 * tested in {@code DispatcherTest}.
 */
class StdioTransportTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** What one run wrote to stdout, line by line, what the peer was handed, and stderr. */
  record Run(List<String> replies, List<JSONRPCMessage> handed, String stderr) {}

  /** A peer that answers every request with an empty result. */
  static final BiConsumer<JSONRPCRequest, Reply> EMPTY = (request, reply) -> reply.result(JSON.createObjectNode());

  static Run serve(String lines) {
    return serve(lines, EMPTY);
  }

  /** Serves {@code lines}, answering requests with {@code answer}, capturing stderr. */
  static Run serve(String lines, BiConsumer<JSONRPCRequest, Reply> answer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<JSONRPCMessage> handed = Collections.synchronizedList(new ArrayList<>());
    Peer peer = new Peer() {
      @Override
      public void request(JSONRPCRequest request, Reply reply) {
        handed.add(request);
        answer.accept(request, reply);
      }

      @Override
      public void notification(JSONRPCNotification notification) {
        handed.add(notification);
      }

      @Override
      public void response(JSONRPCResponse response) {
        handed.add(response);
      }
    };
    StdioTransport transport = new StdioTransport(JSON, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out, StdioTransport.STALL, stuck -> {});
    String stderr = StderrCapture.during(() -> assertTrue(transport.serve(peer, Duration.ofSeconds(5))));
    return new Run(out.toString(StandardCharsets.UTF_8).lines().toList(), List.copyOf(handed), stderr);
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
      input.append(ping(id));
    }
    Run run = serve(input.toString(), (request, reply) -> new Thread(() -> reply.result(JSON.createObjectNode())).start());
    assertEquals(50, run.replies().size());
    assertEquals("", run.stderr());
  }

  @Test
  void keepsGoingAfterBadLines() {
    Run run = serve("nonsense\n[]\n\n" + ping("\"p\""));
    List<String> replies = run.replies();
    assertEquals(3, replies.size(), replies.toString());
    assertTrue(replies.get(0).contains("\"code\":-32700"), replies.get(0));
    assertTrue(replies.get(1).contains("\"code\":-32600"), replies.get(1));
    assertEquals(pong("\"p\""), replies.get(2));
    assertEquals("", run.stderr());
  }

  @Test
  void trailingContentAfterAMessageIsAParseError() {
    Run run = serve(
        "{\"jsonrpc\":\"2.0\",\"id\":92}4, \"method\":\"ping\"}\n"
            + ping(1).strip() + ping(2)
            + ping(3).strip() + " x\n"
            + ping(4).strip() + " \t\n"
            + ping(5));
    String parseError = error(null, -32700, "Parse error: the line is not valid JSON");
    assertEquals(List.of(parseError, parseError, parseError, pong(4), pong(5)), run.replies());
    assertEquals("", run.stderr());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1e400", "123456789012345678901234567890"})
  void anIdPastSixtyFourBitsIsAnInvalidRequestWithANullId(String id) {
    Run run = serve(ping(id) + ping(Long.MAX_VALUE) + ping(Long.MIN_VALUE));
    String refused = error(null, -32600, "Invalid Request: \"id\" must be a string or a 64-bit integer");
    assertEquals(List.of(refused, pong(Long.MAX_VALUE), pong(Long.MIN_VALUE)), run.replies());
    assertEquals("", run.stderr());
  }

  @Test
  void nestingPastTheLimitIsRefusedWithoutRecursingIntoIt() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String arguments = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
    Run run = serve(deep + "\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"t\",\"arguments\":" + arguments + "}}\n"
        + ping(2));
    String refused = error(null, -32600, "Invalid Request: nested deeper than " + MessageGate.MAX_DEPTH + " levels");
    assertEquals(List.of(refused, refused, pong(2)), run.replies());
    assertEquals("", run.stderr());
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    int depth = MessageGate.MAX_DEPTH - 5;
    String arguments = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    Run run = serve("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"t\",\"arguments\":" + arguments + "}}\n");
    assertEquals(List.of(pong(1)), run.replies());
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
    Run run = serve(request + ping(99));
    assertEquals(List.of(error(7, -32602, "Invalid params: " + message), pong(99)), run.replies());
    assertEquals("", run.stderr());
  }

  @Test
  void batchesAreRefused() {
    Run run = serve("[" + ping(1).strip() + "," + ping(2).strip() + "]\n" + ping(1));
    String refused = error(null, -32600, "Invalid Request: JSON-RPC batches are not supported; send one message per line");
    assertEquals(List.of(refused, pong(1)), run.replies());
    assertEquals("", run.stderr());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "blank                        | ``",
    "blanks                       | ` \t `",
    "reply with a string error    | {\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"x\"}",
    "reply with result and error  | {\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{},\"error\":{\"code\":1,\"message\":\"m\"}}",
    "reply with a null id         | {\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":1,\"message\":\"m\"}}",
    "a reply with an id past 64 bits | {\"jsonrpc\":\"2.0\",\"id\":9223372036854775808,\"result\":{}}",
    "a notification with bad _meta | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/roots/list_changed\",\"params\":{\"_meta\":1}}",
    "a cancellation without its id | {\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{}}",
  })
  void linesThatNeedNoReplyGetNoneAndLeaveStderrEmpty(String name, String line) {
    Run run = serve(line + "\n" + ping(3));
    assertEquals(List.of(pong(3)), run.replies());
    assertEquals("", run.stderr());
  }

  @Test
  void aRequestReusingTheIdOfOneInProgressIsRefused() {
    List<Reply> held = new ArrayList<>();
    Run run = serve(ping(1) + ping(1) + ping(2), (request, reply) -> {
      if (request.id().equals(1L) && held.isEmpty()) {
        held.add(reply);
      } else {
        reply.result(JSON.createObjectNode());
        if (request.id().equals(2L)) {
          held.get(0).result(JSON.createObjectNode());
        }
      }
    });
    assertEquals(List.of(error(1, -32600, "Invalid Request: id 1 is in use by a request still in progress"), pong(2), pong(1)), run.replies());
  }

  @Test
  void aReplyIsSentOnceWhoeverSettlesItFirst() {
    Run run = serve(ping(1) + ping(2), (request, reply) -> {
      if (request.id().equals(1L)) {
        reply.error(-32603, "first");
        reply.result(JSON.createObjectNode());
      } else {
        reply.cancel();
        reply.result(JSON.createObjectNode());
      }
    });
    assertEquals(List.of(error(1, -32603, "first")), run.replies());
  }

  @Test
  void whatThePeerThrowsIsAnsweredAsAnInternalErrorAndReadingGoesOn() {
    Run run = serve(ping(1) + ping(2) + ping(3), (request, reply) -> {
      if (request.id().equals(1L)) {
        throw new IllegalStateException("a bug");
      }
      if (request.id().equals(2L)) {
        throw new StackOverflowError();
      }
      reply.result(JSON.createObjectNode());
    });
    String internal = "Internal error: the server failed to answer this request";
    assertEquals(List.of(error(1, -32603, internal), error(2, -32603, internal), pong(3)), run.replies());
    assertEquals(2, run.stderr().lines().filter(l -> l.startsWith("ERROR")).count(), run.stderr());
  }

  @Test
  void notificationsAndRepliesOfTheClientGoToThePeer() {
    Run run = serve("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"a\"}}\n"
        + "{\"jsonrpc\":\"2.0\",\"id\":\"roots-1\",\"result\":{\"roots\":[]}}\n"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}\n");
    assertEquals(List.of(), run.replies());
    assertEquals(3, run.handed().size(), run.handed().toString());
    assertTrue(run.handed().get(1) instanceof JSONRPCResponse response && response.id().equals("roots-1"), run.handed().toString());
  }

  @Test
  void aClientThatStopsReadingIsGivenUpAfterTheStallTime() {
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
    StringBuilder input = new StringBuilder();
    for (int id = 1; id <= 3000; id++) {
      input.append(ping(id));
    }
    AtomicInteger stuck = new AtomicInteger();
    Duration stall = Duration.ofSeconds(1);
    StdioTransport transport = new StdioTransport(JSON, new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), unread, stall,
        wasStuck -> stuck.addAndGet(wasStuck ? 1 : 100));
    Peer peer = peerOf(EMPTY);
    String stderr = StderrCapture.during(() -> assertFalse(assertTimeoutPreemptively(stall.multipliedBy(10), () -> transport.serve(peer, stall))));
    assertEquals(1, stuck.get());
    assertEquals("WARN dev.xanomcp.stdio.LineWriter - stdout has not been read for 1 s; the client is stuck, exiting", stderr.strip());
  }

  @Test
  void aBrokenOutputIsReportedOnceAndServeReturnsFalse() {
    AtomicInteger ended = new AtomicInteger();
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StdioTransport transport = new StdioTransport(JSON, new ByteArrayInputStream((ping(1) + ping(2)).getBytes(StandardCharsets.UTF_8)), broken,
        StdioTransport.STALL, wasStuck -> ended.addAndGet(wasStuck ? 100 : 1));
    String stderr = StderrCapture.during(() -> assertFalse(transport.serve(peerOf(EMPTY), Duration.ofSeconds(5))));
    assertEquals(1, ended.get());
    assertEquals(1, stderr.lines().count(), stderr);
    assertTrue(stderr.contains("stdout closed"), stderr);
  }

  private static Peer peerOf(BiConsumer<JSONRPCRequest, Reply> answer) {
    return new Peer() {
      @Override
      public void request(JSONRPCRequest request, Reply reply) {
        answer.accept(request, reply);
      }

      @Override
      public void notification(JSONRPCNotification notification) {}

      @Override
      public void response(JSONRPCResponse response) {}
    };
  }
}
