package dev.xanomcp.stdio;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * MCP over stdio: newline-delimited JSON-RPC in, one line per message out. The SDK's session
 * handles every valid message; this class owns the stream. It exists because of these behaviours
 * of the SDK (2.1.0), each shown with the smallest input that shows it (after initialize and
 * notifications/initialized unless said otherwise); delete what the SDK has fixed.
 *
 * <ol>
 *   <li>Its StdioServerTransportProvider ends the session, without a reply, at the first line it
 *       cannot bind to a message: {@code x}, a blank line, {@code []},
 *       {@code {"jsonrpc":"2.0","id":1,"error":"x"}}.
 *   <li>It reads a line's first JSON value and ignores the rest, so that
 *       {@code {"jsonrpc":"2.0","id":1,"method":"ping"}{"jsonrpc":"2.0","id":2,"method":"ping"}}
 *       answers only 1.
 *   <li>It drops the replies still being computed when stdin ends: with stdin closed right after
 *       {@code {"jsonrpc":"2.0","id":1,"method":"ping"}}, 1 gets no reply.
 *   <li>Its session never answers a request sent before notifications/initialized:
 *       {@code {"jsonrpc":"2.0","id":1,"method":"ping"}} right after initialize.
 *   <li>Its session binds params into records with Jackson: a value of the wrong type is answered
 *       -32603 with Jackson's internals, after a stack trace on stderr
 *       ({@code {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":"x"}}}),
 *       and so are absent params, by a NullPointerException
 *       ({@code {"jsonrpc":"2.0","id":1,"method":"resources/read"}}); a missing field is warned
 *       about and replaced by a default
 *       ({@code {"jsonrpc":"2.0","id":1,"method":"resources/read","params":{}}}); an unknown logging
 *       level is taken for "info" and answered with success
 *       ({@code {"jsonrpc":"2.0","id":1,"method":"logging/setLevel","params":{"level":"loud"}}}).
 *       See {@link Params}.
 *   <li>Its session logs a warning for every notification it has no handler for:
 *       {@code {"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}}.
 * </ol>
 *
 * <p>What it guarantees instead: every request read gets exactly one reply ({@link Replies}); a
 * line that is not one JSON value gets a -32700 parse error, one that is not a JSON-RPC message a
 * -32600, params the SDK cannot bind a -32602 ({@link MessageGate}), and reading goes on; lines
 * over {@link #MAX_LINE_BYTES} are refused without being held in memory ({@link LineReader}); a
 * client that stops reading cannot hold the server ({@link LineWriter}); at end of input it waits
 * at most {@link #DRAIN} for the replies still being computed, then returns. Only JSON-RPC is
 * written to the output.
 */
public final class StdioTransport implements McpServerTransportProvider {
  /** The longest line read; a longer one is refused. Our largest request is a few hundred bytes. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** How long end of input waits for replies still being computed. */
  public static final Duration DRAIN = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

  private final McpJsonMapper mapper;
  private final ObjectMapper json;
  private final InputStream in;
  private final Duration drain;
  private final LineWriter out;
  private final Replies replies;
  private final MessageGate gate;
  private McpServerSession session;
  /** Whether initialize was handed to the session; only the thread that reads touches it. */
  private boolean initialized;

  /**
   * @param onOutputClosed runs once if the output breaks or is not read (the client is gone), from
   *     the thread that found out; the server process ends there, since stdin may still block a
   *     reader.
   */
  public StdioTransport(JacksonMcpJsonMapper mapper, InputStream in, OutputStream out, Runnable onOutputClosed) {
    this(mapper, in, out, onOutputClosed, DRAIN);
  }

  /** @param drain how long end of input waits for replies, and a full output for its reader */
  StdioTransport(JacksonMcpJsonMapper mapper, InputStream in, OutputStream out, Runnable onOutputClosed, Duration drain) {
    this.mapper = mapper;
    this.json = mapper.getObjectMapper();
    this.in = in;
    this.drain = drain;
    this.out = new LineWriter(out, drain, onOutputClosed);
    this.replies = new Replies(json, this.out);
    this.gate = new MessageGate(json, replies);
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
        JSONRPCMessage message = gate.read(line);
        if (message instanceof JSONRPCRequest request) {
          request(request);
        } else if (message != null) {
          handOn(message);
        }
      }
    } catch (IOException e) {
      LOG.warn("stdin failed: {}", e.getMessage());
    }
    long deadline = System.nanoTime() + drain.toNanos();
    replies.await(deadline);
    out.close(deadline);
    return out.open();
  }

  private void request(JSONRPCRequest request) {
    boolean initialize = request.method().equals(McpSchema.METHOD_INITIALIZE);
    if (!initialized && !initialize) {
      if (request.method().equals(McpSchema.METHOD_PING)) {
        replies.empty(request.id());
      } else {
        replies.error(request.id(), -32600, "Invalid Request: the server is not initialized; send \"initialize\" first");
      }
      return;
    }
    if (!replies.start(request)) {
      return;
    }
    session.handle(request).subscribe(null, error -> replies.done(request, error), () -> replies.done(request, null));
    if (initialize && !initialized) {
      // The session holds every request until notifications/initialized, which a client may send
      // late or never: it gets the notice now, and the client's own is dropped (see MessageGate).
      initialized = true;
      handOn(new JSONRPCNotification(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_NOTIFICATION_INITIALIZED, null));
    }
  }

  /** A notification or a client's reply: the session logs what goes wrong with either. */
  private void handOn(JSONRPCMessage message) {
    session.handle(message).subscribe(null, error -> {});
  }

  /**
   * Writes a message of the session. It is serialised here, on the session's thread, so that a
   * failure reaches the session and, through it, {@link Replies#done}.
   */
  private void send(JSONRPCMessage message) throws IOException {
    byte[] line = json.writeValueAsBytes(message);
    if (message instanceof JSONRPCResponse response) {
      replies.answer(response.id(), line);
    } else {
      out.write(line);
    }
  }

  /** The session's side of the stream: it sends replies and notifications through here. */
  private final class SessionTransport implements McpServerTransport {
    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      return Mono.fromCallable(() -> {
        send(message);
        return message;
      }).then();
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
