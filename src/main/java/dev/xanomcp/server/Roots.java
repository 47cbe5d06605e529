package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders the client lets the server read files from: its MCP roots. A client that declares
 * the {@code roots} capability is asked for them ({@code roots/list}) after its
 * {@code notifications/initialized}, and again whenever it says they changed; until the first
 * answer, a call that reads files waits for it, at most the roots timeout. Without roots (a client
 * that has none, does not answer in time, or answers with an error), {@link #get} is empty.
 */
final class Roots {
  private static final Logger LOG = LoggerFactory.getLogger(Roots.class);

  /** The most roots used; a workspace has a few. */
  static final int MAX = 100;

  private final ObjectMapper json;
  private final Consumer<JSONRPCRequest> send;
  private final Settings settings;
  private final AtomicInteger ids = new AtomicInteger();
  private volatile CompletableFuture<Optional<List<Path>>> current = CompletableFuture.completedFuture(Optional.empty());
  /** The id of the latest roots/list sent; an older answer is stale. */
  private volatile String asked;

  Roots(ObjectMapper json, Consumer<JSONRPCRequest> send, Settings settings) {
    this.json = json;
    this.send = send;
    this.settings = settings;
  }

  /** The client declared roots: calls that read files wait for its answer from now on. */
  void expect() {
    if (current.isDone()) {
      current = new CompletableFuture<>();
    }
  }

  /** Asks the client for its roots (after notifications/initialized, or when they changed). */
  void ask() {
    String id = "roots-" + ids.incrementAndGet();
    asked = id;
    expect();
    send.accept(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_ROOTS_LIST, id, null));
  }

  /** Takes the client's answer to a roots/list; false if {@code response} answers something else. */
  boolean answer(JSONRPCResponse response) {
    if (!(response.id() instanceof String id) || !id.startsWith("roots-")) {
      return false;
    }
    if (!id.equals(asked)) {
      return true;
    }
    Optional<List<Path>> roots = Optional.empty();
    if (response.error() != null) {
      LOG.warn("the client answered roots/list with an error ({}); files are read as without roots", response.error().message());
    } else {
      JsonNode listed = json.valueToTree(response.result()).path("roots");
      if (listed.isArray()) {
        roots = Optional.of(paths(listed));
      } else {
        LOG.warn("the client's answer to roots/list has no list of roots; files are read as without roots");
      }
    }
    CompletableFuture<Optional<List<Path>>> waiting = current;
    current = CompletableFuture.completedFuture(roots);
    waiting.complete(roots);
    return true;
  }

  /**
   * The client's roots, waiting for its first answer at most the roots timeout; empty when it
   * has none or did not answer in time.
   */
  Optional<List<Path>> get() {
    try {
      return current.get(settings.rootsTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      LOG.warn("the client did not answer roots/list within {} s; files are read as without roots", settings.rootsTimeout().toSeconds());
      current.complete(Optional.empty());
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The local folders of {@code roots} ({@code [{"uri": "file:///...", "name": ...}]}); other URIs are skipped. */
  static List<Path> paths(JsonNode roots) {
    List<Path> paths = new ArrayList<>();
    for (JsonNode root : roots) {
      if (paths.size() == MAX) {
        LOG.warn("the client gave more than {} roots; the others are not used", MAX);
        break;
      }
      String uri = root.path("uri").asText("");
      try {
        URI parsed = new URI(uri);
        if ("file".equalsIgnoreCase(parsed.getScheme())) {
          paths.add(Path.of(parsed).toAbsolutePath().normalize());
        }
      } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
        LOG.warn("skipping a root that is not a file URI: {}", uri.length() > 200 ? uri.substring(0, 200) + "…" : uri);
      }
    }
    return List.copyOf(paths);
  }
}
