package dev.xanomcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.docs.Library;
import dev.xanomcp.server.DocsServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The transport in-process: a whole input read to its end, every reply written before serve returns. */
class StdioTransportTest {
  static final JacksonMcpJsonMapper MAPPER = new JacksonMcpJsonMapper(new ObjectMapper());
  static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n";

  static List<String> serve(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StdioTransport transport = new StdioTransport(MAPPER, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, () -> {});
    DocsServer.start(transport, MAPPER, Library.load());
    assertTrue(transport.serve());
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void answersEveryRequestBeforeServeReturns() {
    StringBuilder input = new StringBuilder(INIT);
    for (int id = 1; id <= 50; id++) {
      input.append("{\"jsonrpc\":\"2.0\",\"id\":").append(id).append(",\"method\":\"tools/call\",\"params\":{\"name\":\"mcp_version\"}}\n");
    }
    assertEquals(51, serve(input.toString()).size());
  }

  @Test
  void keepsGoingAfterBadLines() {
    List<String> replies = serve(INIT + "nonsense\n[]\n\n{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}\n");
    assertEquals(4, replies.size(), replies.toString());
    assertTrue(replies.get(1).contains("\"code\":-32700"), replies.get(1));
    assertTrue(replies.get(2).contains("\"code\":-32600"), replies.get(2));
    assertEquals("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"result\":{}}", replies.get(3));
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
    assertEquals(false, transport.serve());
    assertEquals(1, closed.get());
  }
}
