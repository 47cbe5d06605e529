package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.docs.Library;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.Tools;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.stdio.StdioTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Talks JSON-RPC to the real server through in-memory pipes, as a client would over stdio. It
 * keeps every message it has not been asked for: {@link #close} fails if a reply came twice or
 * one was never claimed, so a duplicate reply cannot go unnoticed.
 */
final class McpTestClient implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final OutputStream toServer;
  private final BlockingQueue<JsonNode> fromServer = new LinkedBlockingQueue<>();
  private final AtomicInteger ids = new AtomicInteger();
  /** Messages read while waiting for another reply, in order of arrival. */
  private final List<JsonNode> unclaimed = new ArrayList<>();
  /** The ids of the replies already claimed. */
  private final Set<String> claimed = new HashSet<>();

  McpTestClient() throws IOException {
    this(Settings.current(), List.of());
  }

  /** A client of a server with these settings (time limits, workers) and these tools besides its own. */
  McpTestClient(Settings settings, List<Tool> extra) throws IOException {
    PipedInputStream serverIn = new PipedInputStream(1 << 20);
    toServer = new PipedOutputStream(serverIn);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
    StdioTransport transport = new StdioTransport(JSON, serverIn, serverOut, settings.stall(), stuck -> {});
    Library library = Library.load(JSON);
    List<Tool> tools = new ArrayList<>(Tools.all(library));
    tools.addAll(extra);
    DocsServer.Session session = DocsServer.start(JSON, library, tools, settings, transport::send);
    Thread serving = new Thread(() -> {
      transport.serve(session, session.drain());
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
    return initialize(JSON.createObjectNode());
  }

  /** initialize, declaring {@code capabilities}, + notifications/initialized; returns the initialize result. */
  JsonNode initialize(ObjectNode capabilities) {
    ObjectNode params = JSON.createObjectNode();
    params.put("protocolVersion", "2025-06-18");
    params.set("capabilities", capabilities);
    params.putObject("clientInfo").put("name", "test").put("version", "1");
    JsonNode result = request("initialize", params).get("result");
    notify("notifications/initialized");
    return result;
  }

  /** Sends a request and waits for the reply with its id. */
  JsonNode request(String method, JsonNode params) {
    return await(send(method, params));
  }

  /** Sends a request without waiting; returns its id, for {@link #reply}. */
  int send(String method, JsonNode params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    send(message.toString());
    return id;
  }

  /** The reply to the request with {@code id}, waiting for it. */
  JsonNode reply(int id) {
    return await(id);
  }

  /** A tools/call of {@code name} with these arguments, sent without waiting; returns its id. */
  int startCall(String name, String argumentsJson) {
    ObjectNode params = JSON.createObjectNode().put("name", name);
    try {
      params.set("arguments", JSON.readTree(argumentsJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send("tools/call", params);
  }

  /** The next request the server sent the client with {@code method}, waiting for it. */
  JsonNode serverRequest(String method) {
    return take(m -> m.path("method").asText().equals(method) && m.has("id"), "no " + method + " request from the server");
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
    String key = Integer.toString(id);
    synchronized (this) {
      if (!claimed.add(key)) {
        throw new AssertionError("reply " + id + " was already claimed");
      }
    }
    return take(m -> m.path("id").asText().equals(key) && !m.has("method"), "no reply to request " + id);
  }

  /** The first message, kept or arriving within 10 s, that {@code wanted} accepts; the others are kept. */
  private synchronized JsonNode take(Predicate<JsonNode> wanted, String failure) {
    for (Iterator<JsonNode> kept = unclaimed.iterator(); kept.hasNext(); ) {
      JsonNode message = kept.next();
      if (wanted.test(message)) {
        kept.remove();
        return message;
      }
    }
    try {
      while (true) {
        JsonNode message = fromServer.poll(10, TimeUnit.SECONDS);
        if (message == null) {
          throw new AssertionError(failure + " within 10 s");
        }
        if (wanted.test(message)) {
          return message;
        }
        unclaimed.add(message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Closes the input, waits for the server's last messages, and fails on any reply left over. */
  @Override
  public void close() throws IOException {
    toServer.close();
    try {
      for (JsonNode message = fromServer.poll(200, TimeUnit.MILLISECONDS); message != null; message = fromServer.poll(200, TimeUnit.MILLISECONDS)) {
        unclaimed.add(message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<JsonNode> replies = unclaimed.stream().filter(m -> !m.has("method")).toList();
    if (!replies.isEmpty()) {
      throw new AssertionError("replies nobody asked for (duplicates, or replies to unsent requests): " + replies);
    }
  }
}
