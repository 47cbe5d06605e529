package dev.xanomcp.stdio;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * MCP over stdio: newline-delimited JSON-RPC in, one line per message out. The SDK's session
 * handles every valid message; this class owns the stream, because the SDK's own stdio transport
 * (2.1.0) ends the session on the first malformed line, drops replies still being computed when
 * stdin closes, and leaves a request sent before initialization unanswered for ever.
 *
 * <p>The mapper's Jackson {@code ObjectMapper} also parses the lines, so one is enough.
 *
 * <p>What it guarantees: every request it reads gets exactly one reply before the process exits;
 * a line that is not JSON gets a -32700 parse error and one that is not a JSON-RPC message a
 * -32600, and reading goes on; lines over {@link #MAX_LINE_BYTES} are answered with an error and
 * skipped without being held in memory; at end of input it waits (at most {@link #DRAIN}) for the
 * replies still being computed, then returns. Only JSON-RPC is written to the output.
 */
public final class StdioTransport implements McpServerTransportProvider {
  /** The longest line read; a longer one is refused. Our largest request is a few hundred bytes. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** How long end of input waits for replies still being computed. */
  public static final Duration DRAIN = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Runnable NOTHING = () -> {};

  private final McpJsonMapper mapper;
  private final ObjectMapper json;
  /** Reads one line as one JSON value: anything after it makes the line a parse error. */
  private final ObjectReader lines;
  private final InputStream in;
  private final Duration drain;
  private final LineWriter out;
  private final Object lock = new Object();
  /**
   * Requests handed to the session and not yet answered, by the {@link #key} of their id; a client
   * may reuse an id, so each id holds a count.
   */
  private final Map<String, Integer> pending = new HashMap<>();
  private McpServerSession session;
  private boolean initializeSeen;
  private boolean initialized;

  /**
   * @param onOutputClosed runs once if the output breaks (the client went away), from the thread
   *     that found out; the server process ends there, since stdin may still block a reader.
   */
  public StdioTransport(JacksonMcpJsonMapper mapper, InputStream in, OutputStream out, Runnable onOutputClosed) {
    this(mapper, in, out, onOutputClosed, DRAIN);
  }

  /** @param drain how long end of input waits for replies, and a full output for its reader */
  StdioTransport(JacksonMcpJsonMapper mapper, InputStream in, OutputStream out, Runnable onOutputClosed, Duration drain) {
    this.mapper = mapper;
    this.json = mapper.getObjectMapper();
    this.lines = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.in = in;
    this.drain = drain;
    this.out = new LineWriter(out, drain, () -> {
      synchronized (lock) {
        lock.notifyAll();
      }
      onOutputClosed.run();
    });
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    session = factory.create(new SessionTransport());
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    return session.sendNotification(method, params);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.empty();
  }

  /**
   * Reads and answers messages until end of input, then waits for the replies still due. Returns
   * false if the output closed first (the client is gone), true otherwise.
   */
  public boolean serve() {
    LineReader reader = new LineReader(in, MAX_LINE_BYTES);
    try {
      for (LineReader.Line line = reader.next(); line != null && out.open(); line = reader.next()) {
        if (line.tooLong()) {
          reply(error(null, -32600, "Invalid Request: line longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MiB"));
        } else {
          receive(line.bytes(), line.length());
        }
      }
    } catch (IOException e) {
      LOG.warn("stdin failed: {}", e.getMessage());
    }
    drain();
    out.close(drain.toMillis());
    return out.open();
  }

  private void drain() {
    long deadline = System.nanoTime() + drain.toNanos();
    synchronized (lock) {
      while (!pending.isEmpty() && out.open()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          LOG.warn("exiting with {} unanswered requests after waiting {} s", pending.size(), drain.toSeconds());
          return;
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void receive(byte[] bytes, int length) {
    if (isBlank(bytes, length)) {
      return;
    }
    JsonNode message;
    try {
      message = lines.readTree(bytes, 0, length);
    } catch (IOException e) {
      reply(error(null, -32700, "Parse error: the line is not valid JSON"));
      return;
    }
    if (message == null || message.isMissingNode()) {
      return;
    }
    if (message.isArray()) {
      // Protocol 2025-06-18 removed batches, and the Node.js server never answered them as arrays.
      reply(error(null, -32600, "Invalid Request: JSON-RPC batches are not supported; send one message per line"));
      return;
    }
    JsonNode refusal = check(message);
    if (refusal != null) {
      reply(refusal);
    }
  }

  /**
   * Validates one message and hands it to the session; returns the error reply when it is refused
   * or answered here, null otherwise.
   */
  private JsonNode check(JsonNode message) {
    if (!message.isObject()) {
      return error(null, -32600, "Invalid Request: expected a JSON-RPC message object");
    }
    JsonNode id = message.get("id");
    boolean validId = id == null || id.isTextual() || id.isIntegralNumber();
    JsonNode replyId = validId ? id : null;
    if (!"2.0".equals(message.path("jsonrpc").textValue())) {
      return error(replyId, -32600, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
    }
    if (!validId) {
      return error(null, -32600, "Invalid Request: \"id\" must be a string or an integer");
    }
    JsonNode method = message.get("method");
    if (method == null) {
      if (id != null && (message.has("result") || message.has("error"))) {
        forward(message);
        return null;
      }
      return error(id, -32600, "Invalid Request: \"method\" is missing");
    }
    if (!method.isTextual()) {
      return error(id, -32600, "Invalid Request: \"method\" must be a string");
    }
    JsonNode params = message.get("params");
    if (params != null && !params.isObject() && !params.isNull()) {
      return error(id, -32600, "Invalid Request: \"params\" must be an object");
    }
    String name = method.textValue();
    String problem = Params.problem(name, params == null || params.isNull() ? null : params);
    if (problem != null) {
      // A notification gets no reply, not even an error: it is dropped.
      return id == null ? null : error(id, -32602, "Invalid params: " + problem);
    }
    if (id == null) {
      if (name.equals(McpSchema.METHOD_NOTIFICATION_INITIALIZED)) {
        synchronized (lock) {
          if (!initializeSeen || initialized) {
            return null;
          }
          initialized = true;
        }
      }
      forward(message);
      return null;
    }
    synchronized (lock) {
      if (name.equals(McpSchema.METHOD_INITIALIZE)) {
        initializeSeen = true;
      } else if (!initialized) {
        if (name.equals(McpSchema.METHOD_PING)) {
          return result(id, NODES.objectNode());
        }
        if (!initializeSeen) {
          return error(id, -32600, "Invalid Request: the server is not initialized; send \"initialize\" first");
        }
        // The client skipped notifications/initialized: treat this request as that notice, as the
        // session would otherwise hold the request until a notice that may never come.
        initialized = true;
        forward(NODES.objectNode().put("jsonrpc", "2.0").put("method", McpSchema.METHOD_NOTIFICATION_INITIALIZED));
      }
      pending.merge(key(id), 1, Integer::sum);
    }
    forward(message);
    return null;
  }

  /**
   * Hands a checked message to the session. Requests and notifications are built here from the
   * tree already parsed, rather than by the SDK parsing the line a second time.
   */
  private void forward(JsonNode message) {
    JSONRPCMessage parsed;
    JsonNode method = message.get("method");
    if (method == null) {
      parsed = json.convertValue(message, JSONRPCResponse.class);
    } else {
      JsonNode params = message.get("params");
      Object arguments = params == null || params.isNull() ? null : json.convertValue(params, Map.class);
      JsonNode id = message.get("id");
      parsed = id == null
          ? new JSONRPCNotification(McpSchema.JSONRPC_VERSION, method.textValue(), arguments)
          : new JSONRPCRequest(McpSchema.JSONRPC_VERSION, method.textValue(), id.isTextual() ? id.textValue() : id.numberValue(), arguments);
    }
    session.handle(parsed).subscribe(null, e -> LOG.warn("message failed: {}", e.getMessage()));
  }

  /**
   * Queues a message of the session, alone on its line.
   * A request counts as answered only once its reply is written, so that end of input cannot
   * exit between the two. Serialising happens on the writer thread.
   */
  private void send(JSONRPCMessage message) {
    if (!(message instanceof JSONRPCResponse response)) {
      out.write(buffer -> json.writeValue(buffer, message), NOTHING);
      return;
    }
    String id = key(response.id());
    out.write(buffer -> json.writeValue(buffer, response), () -> answered(id));
  }

  /** The key of a request id in {@link #pending}: its type and value, as read or as echoed. */
  private static String key(JsonNode id) {
    return id.isTextual() ? "s:" + id.textValue() : "n:" + id.numberValue();
  }

  private static String key(Object id) {
    return id instanceof String ? "s:" + id : "n:" + id;
  }

  /** Marks the oldest request with this id as answered. */
  private void answered(String id) {
    synchronized (lock) {
      pending.computeIfPresent(id, (key, count) -> count == 1 ? null : count - 1);
      if (pending.isEmpty()) {
        lock.notifyAll();
      }
    }
  }

  private void reply(JsonNode message) {
    out.write(buffer -> json.writeValue(buffer, message), NOTHING);
  }

  private static JsonNode result(JsonNode id, JsonNode result) {
    ObjectNode reply = NODES.objectNode().put("jsonrpc", "2.0");
    reply.set("id", id);
    reply.set("result", result);
    return reply;
  }

  static JsonNode error(JsonNode id, int code, String message) {
    ObjectNode reply = NODES.objectNode().put("jsonrpc", "2.0");
    reply.set("id", id == null ? NODES.nullNode() : id);
    reply.putObject("error").put("code", code).put("message", message);
    return reply;
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The session's side of the stream: it sends replies and notifications through here. */
  private final class SessionTransport implements McpServerTransport {
    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      return Mono.fromRunnable(() -> send(message));
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
      return mapper.convertValue(data, type);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return Mono.empty();
    }
  }
}
