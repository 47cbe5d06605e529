package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.stdio.Peer;
import dev.xanomcp.stdio.Reply;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * The session: the one place that knows its state and decides where each message goes. It
 * answers here, at once and on the thread that reads, what is instant: {@code initialize} (the
 * capabilities are declared once, in {@link #CAPABILITIES}), {@code ping}, {@code logging/setLevel},
 * the lists (in our order; the SDK keeps them in hash maps) and completions (the SDK answers an
 * unknown reference with an error where the spec expects an empty list). Tool calls, resource
 * reads and prompts go to the SDK's stateless server, on the workers of {@link Calls}, with the
 * session's roots in their transport context. It also follows cancellations and the client's
 * roots. It is the SDK's transport only in name: the SDK hands it its handler.
 */
final class Dispatcher implements DocsServer.Session, McpStatelessServerTransport {
  /** What the server offers: read by the initialize answer and by the SDK's server. */
  static final JsonNode CAPABILITIES = capabilities();

  /** The protocol versions spoken, oldest first. */
  static final List<String> VERSIONS = List.of(
      ProtocolVersions.MCP_2024_11_05, ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_11_25);

  private static final JsonNode EMPTY = new ObjectMapper().createObjectNode();

  private final ObjectMapper json;
  private final Settings settings;
  private final Lists lists;
  private final Completions completions;
  private final Calls calls;
  private final Roots roots;
  private final Runnable prepare;
  private final CompletableFuture<McpStatelessServerHandler> sdk = new CompletableFuture<>();
  /** What a call of the SDK's handlers finds in its transport context: {@link #CONTEXT} holds the roots. */
  private final McpTransportContext context;
  private volatile boolean initialized;
  private volatile boolean clientHasRoots;

  /** The key of the transport context under which calls find the client's roots. */
  static final String CONTEXT = "roots";

  /**
   * @param lists the answers to the lists, made when first asked
   * @param prepare runs once, when the client first lists the tools
   * @param send writes a request of the server's own to the client
   */
  Dispatcher(ObjectMapper json, Settings settings, Lists lists, Completions completions, Runnable prepare,
      Consumer<JSONRPCRequest> send) {
    this.json = json;
    this.settings = settings;
    this.lists = lists;
    this.completions = completions;
    this.prepare = prepare;
    this.calls = new Calls(settings);
    this.roots = new Roots(json, send, settings);
    Supplier<Optional<List<Path>>> paths = roots::get;
    this.context = McpTransportContext.create(Map.of(CONTEXT, paths));
  }

  @Override
  public void request(JSONRPCRequest request, Reply reply) {
    String method = request.method();
    if (method.equals(McpSchema.METHOD_INITIALIZE)) {
      initialize(request, reply);
    } else if (method.equals(McpSchema.METHOD_PING)) {
      reply.result(EMPTY);
    } else if (!initialized) {
      reply.error(-32600, "Invalid Request: the server is not initialized; send \"initialize\" first");
    } else {
      switch (method) {
        case McpSchema.METHOD_LOGGING_SET_LEVEL -> reply.result(EMPTY);
        case McpSchema.METHOD_TOOLS_LIST -> {
          prepare.run();
          reply.result(lists.tools());
        }
        case McpSchema.METHOD_RESOURCES_LIST -> reply.result(lists.resources());
        case McpSchema.METHOD_RESOURCES_TEMPLATES_LIST -> reply.result(lists.templates());
        case McpSchema.METHOD_PROMPT_LIST -> reply.result(lists.prompts());
        case McpSchema.METHOD_COMPLETION_COMPLETE -> reply.result(completions.complete(json.valueToTree(request.params())));
        case McpSchema.METHOD_TOOLS_CALL, McpSchema.METHOD_RESOURCES_READ, McpSchema.METHOD_PROMPT_GET ->
            calls.submit(reply, () -> bySdk(request, reply));
        default -> reply.error(-32601, "Method not found: " + (method.length() > 100 ? method.substring(0, 100) + "…" : method));
      }
    }
  }

  private void initialize(JSONRPCRequest request, Reply reply) {
    if (initialized) {
      reply.error(-32600, "Invalid Request: the session is already initialized");
      return;
    }
    JsonNode params = json.valueToTree(request.params());
    String asked = params.path("protocolVersion").asText();
    clientHasRoots = params.path("capabilities").hasNonNull("roots");
    if (clientHasRoots) {
      roots.expect();
    }
    ObjectNode result = json.createObjectNode().put("protocolVersion", VERSIONS.contains(asked) ? asked : VERSIONS.get(VERSIONS.size() - 1));
    result.set("capabilities", CAPABILITIES);
    result.putObject("serverInfo").put("name", Version.NAME).put("version", Version.VALUE);
    result.put("instructions", lists.instructions());
    reply.result(result);
    initialized = true;
  }

  /** Hands a request to the SDK's stateless server, on a worker, and sends its answer. */
  private void bySdk(JSONRPCRequest request, Reply reply) {
    McpStatelessServerHandler handler;
    try {
      handler = sdk.get(settings.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the SDK's server did not start", e);
    }
    JSONRPCResponse response = handler.handleRequest(context, request).block();
    if (response == null) {
      throw new IllegalStateException("the SDK gave no response to " + request.method());
    }
    if (response.error() != null) {
      reply.error(response.error().code(), response.error().message());
    } else {
      reply.result(response.result());
    }
  }

  @Override
  public void notification(JSONRPCNotification notification) {
    switch (notification.method()) {
      case McpSchema.METHOD_NOTIFICATION_INITIALIZED, McpSchema.METHOD_NOTIFICATION_ROOTS_LIST_CHANGED -> {
        if (clientHasRoots) {
          roots.ask();
        }
      }
      case Peer.CANCELLED -> {
        if (notification.params() instanceof Map<?, ?> params) {
          calls.cancel(params.get("requestId"));
        }
      }
      default -> {
        // A receiver may ignore the notifications it does not handle.
      }
    }
  }

  @Override
  public void response(JSONRPCResponse response) {
    roots.answer(response);
  }

  @Override
  public Duration drain() {
    return settings.drain();
  }

  @Override
  public void setMcpHandler(McpStatelessServerHandler handler) {
    sdk.complete(handler);
  }

  /** The SDK's server failed to start: the calls that wait for it fail too. */
  void sdkFailed(Throwable e) {
    sdk.completeExceptionally(e);
  }

  /** Ends the session's work: running calls are stopped, and no more are run. */
  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(calls::shutdown);
  }

  @Override
  public List<String> protocolVersions() {
    return VERSIONS;
  }

  private static JsonNode capabilities() {
    ObjectNode capabilities = new ObjectMapper().createObjectNode();
    capabilities.putObject("completions");
    capabilities.putObject("logging");
    capabilities.putObject("prompts").put("listChanged", false);
    capabilities.putObject("resources").put("subscribe", false).put("listChanged", false);
    capabilities.putObject("tools").put("listChanged", false);
    return capabilities;
  }
}
