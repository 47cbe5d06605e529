package dev.xanomcp.stdio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every reply to the client goes through here, and every request handed to the session gets exactly
 * one. The session's reply settles its request; when the session is done with a request it has not
 * answered (its reply could not be serialised, or a handler produced nothing), the request gets an
 * internal error instead. No lock is held while calling anything else.
 */
final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  private final ObjectMapper json;
  private final LineWriter out;
  /** The requests in the session's hands, by {@link #key} of their id. */
  private final Map<String, JSONRPCRequest> pending = new HashMap<>();

  Replies(ObjectMapper json, LineWriter out) {
    this.json = json;
    this.out = out;
  }

  /**
   * Takes a request in before it goes to the session; false, answering it with an error, when a
   * request with the same id is still in progress, as the two replies could not be told apart.
   */
  boolean start(JSONRPCRequest request) {
    synchronized (this) {
      if (pending.putIfAbsent(key(request.id()), request) == null) {
        return true;
      }
    }
    error(request.id(), -32600, "Invalid Request: id " + request.id() + " is in use by a request still in progress");
    return false;
  }

  /**
   * The session's reply to the request with {@code id}, serialised. It is queued before the
   * request counts as answered, so that end of input cannot end the process between the two.
   */
  void answer(Object id, byte[] line) {
    String key = key(id);
    synchronized (this) {
      if (!pending.containsKey(key)) {
        LOG.warn("dropped a second reply to request {}", id);
        return;
      }
    }
    out.write(line);
    settle(key);
  }

  /** The session is done with {@code request}, after {@code error} if it failed. */
  void done(JSONRPCRequest request, Throwable error) {
    String key = key(request.id());
    synchronized (this) {
      if (pending.get(key) != request) {
        return;
      }
    }
    String why = error == null ? "none was sent" : error.toString().lines().findFirst().orElse("");
    LOG.warn("request {} ended without a reply ({}); answered with an internal error", request.id(), why);
    error(request.id(), -32603, "Internal error: the server failed to answer this request");
    settle(key);
  }

  /** An error reply of the transport's own, outside the session; {@code id} null when unknown. */
  void error(Object id, int code, String message) {
    write(id, "error", json.createObjectNode().put("code", code).put("message", message));
  }

  /** An empty result, the answer to a ping. */
  void empty(Object id) {
    write(id, "result", json.createObjectNode());
  }

  /**
   * Waits until every request is answered, the output is closed or {@code deadline} (of
   * System.nanoTime) has passed. It looks at the output every 100 ms, as it may close meanwhile.
   */
  synchronized void await(long deadline) {
    while (!pending.isEmpty() && out.open()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        LOG.warn("exiting with {} requests unanswered", pending.size());
        return;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private synchronized void settle(String key) {
    pending.remove(key);
    if (pending.isEmpty()) {
      notifyAll();
    }
  }

  private void write(Object id, String member, JsonNode value) {
    ObjectNode reply = json.createObjectNode().put("jsonrpc", "2.0");
    reply.set("id", json.valueToTree(id));
    reply.set(member, value);
    out.write(reply.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** An id's type and value: 1 and "1" are different ids. */
  private static String key(Object id) {
    return (id instanceof String ? "s:" : "n:") + id;
  }
}
