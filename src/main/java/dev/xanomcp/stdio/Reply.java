package dev.xanomcp.stdio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reply a request gets. Whoever settles it first wins: a result, an error, or a
 * cancellation (which sends nothing); later attempts do nothing. That makes a reply safe to hand
 * to a worker, a timer and the thread that reads cancellations at once.
 */
public final class Reply {
  private static final Logger LOG = LoggerFactory.getLogger(Reply.class);

  private final Object id;
  private final ObjectMapper json;
  private final Consumer<byte[]> out;
  private final Runnable onSettled;
  private final AtomicBoolean settled = new AtomicBoolean();

  Reply(Object id, ObjectMapper json, Consumer<byte[]> out, Runnable onSettled) {
    this.id = id;
    this.json = json;
    this.out = out;
    this.onSettled = onSettled;
  }

  /** The request's id: a String or a Long. */
  public Object id() {
    return id;
  }

  /**
   * Sends {@code result} (a JSON tree, or any value the mapper writes, such as the SDK's records);
   * a result that cannot be written is answered with an internal error instead.
   */
  public void result(Object result) {
    if (settled.get()) {
      return;
    }
    byte[] line;
    try {
      // A tree (the answers made at start-up) needs no introspection of records; anything else
      // goes in the SDK's own response record.
      line = result instanceof JsonNode tree
          ? json.writeValueAsBytes(envelope().set("result", tree))
          : json.writeValueAsBytes(new JSONRPCResponse(McpSchema.JSONRPC_VERSION, id, result, null));
    } catch (JsonProcessingException e) {
      LOG.error("cannot write the reply to request {}", id, e);
      error(-32603, "Internal error: the server could not write its reply");
      return;
    }
    send(line);
  }

  /** Sends a JSON-RPC error. */
  public void error(int code, String message) {
    if (settled.get()) {
      return;
    }
    ObjectNode reply = envelope();
    reply.putObject("error").put("code", code).put("message", message);
    send(reply.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Settles the request without a reply, as a client's cancellation asks; false if it was already answered. */
  public boolean cancel() {
    if (settled.compareAndSet(false, true)) {
      onSettled.run();
      return true;
    }
    return false;
  }

  public boolean settled() {
    return settled.get();
  }

  private void send(byte[] line) {
    if (settled.compareAndSet(false, true)) {
      out.accept(line);
      onSettled.run();
    }
  }

  private ObjectNode envelope() {
    ObjectNode reply = json.createObjectNode().put("jsonrpc", "2.0");
    reply.set("id", json.valueToTree(id));
    return reply;
  }
}
