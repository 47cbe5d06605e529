package dev.xanomcp.server;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Answers a few requests here instead of in the SDK (2.1.0). A transport provider that wraps any
 * other: the sessions it hands out pass every other message to the SDK's session unchanged.
 *
 * <ul>
 *   <li>The lists of resources, resource templates and prompts: the SDK keeps them in hash maps,
 *       whose order differs between Java 17 and 25.
 *   <li>{@code completion/complete}: the SDK answers an unknown prompt or template with an error,
 *       where the spec expects an empty list.
 *   <li>{@code initialize} and {@code tools/list}, the two requests every client starts with: the
 *       SDK's first initialize cost some 60 ms of each start (class initialisation, and Jackson's
 *       introspection of a dozen records), on the one thread that reads stdin, so tools/list
 *       waited for it too. Here both are answered at once from plain JSON trees, and the SDK's
 *       session is initialised on another thread meanwhile, with its reply dropped; the messages
 *       for the SDK that come meanwhile wait for it, in the order they came.
 *       {@code ServerHandshakeTest} checks that both answers are exactly what the SDK would say.
 * </ul>
 */
final class LocalAnswers implements McpServerTransportProvider {
  private static final Logger LOG = LoggerFactory.getLogger(LocalAnswers.class);

  /** Turns a request's params into its result; {@code TypeRef}s come from the session's transport. */
  interface Handler extends BiFunction<Object, McpServerTransport, Object> {}

  private final McpServerTransportProvider transport;
  private final Map<String, Handler> handlers;

  /** @param handlers by method; the one for {@code initialize} answers it while the SDK catches up */
  LocalAnswers(McpServerTransportProvider transport, Map<String, Handler> handlers) {
    this.transport = transport;
    this.handlers = Map.copyOf(handlers);
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    transport.setSessionFactory(sessionTransport -> {
      Muted muted = new Muted(sessionTransport);
      return new Session(factory.create(muted), sessionTransport, muted);
    });
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    return transport.notifyClients(method, params);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return transport.closeGracefully();
  }

  @Override
  public List<String> protocolVersions() {
    return transport.protocolVersions();
  }

  /** The params of a request as the record {@code type}, read the way the SDK would read them. */
  static <T> T params(Object params, McpServerTransport transport, TypeRef<T> type) {
    return transport.unmarshalFrom(params, type);
  }

  /** The SDK session's way out, which drops the one reply already given here: initialize's. */
  private static final class Muted implements McpServerTransport {
    private final McpServerTransport out;
    private volatile Object answeredId;

    Muted(McpServerTransport out) {
      this.out = out;
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      Object id = answeredId;
      if (id != null && message instanceof JSONRPCResponse response && Objects.equals(response.id(), id)) {
        answeredId = null;
        return Mono.empty();
      }
      return out.sendMessage(message);
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
      return out.unmarshalFrom(data, type);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return out.closeGracefully();
    }

    @Override
    public List<String> protocolVersions() {
      return out.protocolVersions();
    }
  }

  /**
   * The SDK's session with a few methods answered here. The SDK has no interface for sessions, so
   * this extends its class and hands every method to the session it wraps.
   */
  private final class Session extends McpServerSession {
    private final McpServerSession sdk;
    private final McpServerTransport out;
    private final Muted muted;
    /**
     * The work handed to the SDK, in order: initialize first, then what came while it ran. Once
     * it is all done, messages go to the SDK straight away.
     */
    private CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);
    /**
     * Whether the first initialize has been answered here; a client that initializes again gets
     * the SDK's own answer, in order, so that only one reply is ever muted.
     */
    private volatile boolean started;

    Session(McpServerSession sdk, McpServerTransport out, Muted muted) {
      super(sdk.getId(), Duration.ZERO, out, null, Map.of(), Map.of());
      this.sdk = sdk;
      this.out = out;
      this.muted = muted;
    }

    @Override
    public Mono<Void> handle(JSONRPCMessage message) {
      boolean initialize = message instanceof JSONRPCRequest request && request.method().equals(McpSchema.METHOD_INITIALIZE);
      if (initialize && started) {
        return toSdk(message);
      }
      if (message instanceof JSONRPCRequest request && handlers.containsKey(request.method())) {
        return Mono.defer(() -> {
          JSONRPCResponse reply;
          try {
            Object result = handlers.get(request.method()).apply(request.params(), out);
            reply = new JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), result, null);
          } catch (RuntimeException e) {
            // The params did not fit the method's record: the client's mistake, said plainly.
            reply = new JSONRPCResponse(McpSchema.JSONRPC_VERSION, request.id(), null,
                new JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid params for " + request.method()));
          }
          if (initialize && reply.error() == null) {
            initializeTheSdk(request);
          }
          return out.sendMessage(reply);
        });
      }
      return toSdk(message);
    }

    /**
     * Hands a message to the SDK's session: at once, or after what is queued, in order. A
     * notification joins the queue; a request waits for it here, on the thread that reads, so that
     * reading waits too, as it does for every request the SDK handles.
     */
    private Mono<Void> toSdk(JSONRPCMessage message) {
      CompletableFuture<Void> before;
      synchronized (this) {
        if (queue.isDone()) {
          return sdk.handle(message);
        }
        if (!(message instanceof JSONRPCRequest)) {
          queue = queue.thenCompose(previous -> sdk.handle(message).onErrorResume(e -> Mono.empty()).toFuture());
          return Mono.fromFuture(queue);
        }
        before = queue;
      }
      before.join();
      return sdk.handle(message);
    }

    /** Hands initialize to the SDK's session on another thread; its reply was given here. */
    private void initializeTheSdk(JSONRPCRequest request) {
      started = true;
      muted.answeredId = request.id();
      synchronized (this) {
        queue = CompletableFuture.runAsync(() -> {
          try {
            sdk.handle(request).block();
          } catch (RuntimeException e) {
            LOG.warn("initializing the session failed: {}", e.getMessage());
          }
        });
      }
    }

    @Override
    public String getId() {
      return sdk.getId();
    }

    @Override
    public void init(McpSchema.ClientCapabilities capabilities, McpSchema.Implementation client) {
      sdk.init(capabilities, client);
    }

    @Override
    public void setMinLoggingLevel(McpSchema.LoggingLevel level) {
      sdk.setMinLoggingLevel(level);
    }

    @Override
    public boolean isNotificationForLevelAllowed(McpSchema.LoggingLevel level) {
      return sdk.isNotificationForLevelAllowed(level);
    }

    @Override
    public <T> Mono<T> sendRequest(String method, Object params, TypeRef<T> type) {
      return sdk.sendRequest(method, params, type);
    }

    @Override
    public Mono<Void> sendNotification(String method, Object params) {
      return sdk.sendNotification(method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return sdk.closeGracefully();
    }

    @Override
    public void close() {
      sdk.close();
    }
  }
}
