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
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;

/**
 * Answers a few requests here instead of in the SDK (2.1.0), which answers them in ways clients
 * trip over: the lists of resources, resource templates and prompts in hash-map order (different
 * on Java 17 and 25), and {@code completion/complete} for an unknown prompt or template with an
 * error where the spec expects an empty list. A transport provider that wraps any other: the sessions it hands out pass every
 * other message to the SDK's session unchanged.
 */
final class LocalAnswers implements McpServerTransportProvider {
  /** Turns a request's params into its result; {@code TypeRef}s come from the session's transport. */
  interface Handler extends BiFunction<Object, McpServerTransport, Object> {}

  private final McpServerTransportProvider transport;
  private final Map<String, Handler> handlers;

  LocalAnswers(McpServerTransportProvider transport, Map<String, Handler> handlers) {
    this.transport = transport;
    this.handlers = Map.copyOf(handlers);
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    transport.setSessionFactory(sessionTransport -> new Session(factory.create(sessionTransport), sessionTransport));
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

  /**
   * The SDK's session with a few methods answered here. The SDK has no interface for sessions, so
   * this extends its class and hands every method to the session it wraps.
   */
  private final class Session extends McpServerSession {
    private final McpServerSession sdk;
    private final McpServerTransport out;

    Session(McpServerSession sdk, McpServerTransport out) {
      super(sdk.getId(), Duration.ZERO, out, null, Map.of(), Map.of());
      this.sdk = sdk;
      this.out = out;
    }

    @Override
    public Mono<Void> handle(JSONRPCMessage message) {
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
          return out.sendMessage(reply);
        });
      }
      return sdk.handle(message);
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
