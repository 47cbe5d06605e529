package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.docs.Library;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import dev.xanomcp.stdio.StdioTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Talks JSON-RPC to the real server through in-memory pipes, as a client would over stdio. */
final class McpTestClient implements AutoCloseable {
  static final JacksonMcpJsonMapper MAPPER = new JacksonMcpJsonMapper(new ObjectMapper());
  static final ObjectMapper JSON = MAPPER.getObjectMapper();

  private final OutputStream toServer;
  private final BlockingQueue<JsonNode> fromServer = new LinkedBlockingQueue<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final McpSyncServer server;

  McpTestClient() throws IOException {
    PipedInputStream serverIn = new PipedInputStream(1 << 20);
    toServer = new PipedOutputStream(serverIn);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
    StdioTransport transport = new StdioTransport(MAPPER, serverIn, serverOut, () -> {});
    server = DocsServer.start(transport, MAPPER, Library.load());
    Thread serving = new Thread(() -> {
      transport.serve();
      try {
        serverOut.close();
      } catch (IOException e) {
        // nothing left to tell the reader
      }
    });
    serving.setDaemon(true);
    serving.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  fromServer.add(JSON.readTree(line));
                }
              } catch (IOException e) {
                // the pipe closes when the test ends
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  /** initialize + notifications/initialized; returns the initialize result. */
  JsonNode initialize() {
    ObjectNode params = JSON.createObjectNode();
    params.put("protocolVersion", "2025-06-18");
    params.putObject("capabilities");
    params.putObject("clientInfo").put("name", "test").put("version", "1");
    JsonNode result = request("initialize", params).get("result");
    notify("notifications/initialized");
    return result;
  }

  /** Sends a request and waits for the reply with its id. */
  JsonNode request(String method, JsonNode params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    send(message.toString());
    return await(id);
  }

  JsonNode callTool(String name, String argumentsJson) {
    ObjectNode params = JSON.createObjectNode().put("name", name);
    try {
      params.set("arguments", JSON.readTree(argumentsJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return request("tools/call", params).get("result");
  }

  void notify(String method) {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}");
  }

  void send(String line) {
    try {
      toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      toServer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode await(int id) {
    try {
      while (true) {
        JsonNode message = fromServer.poll(10, TimeUnit.SECONDS);
        if (message == null) {
          throw new AssertionError("no reply to request " + id + " within 10 s");
        }
        if (message.path("id").asInt(-1) == id) {
          return message;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    toServer.close();
    server.closeGracefully();
  }
}
