package dev.xanomcp.stdio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Turns one line into a message the SDK's records can hold and its handlers take without failing,
 * or into the one error reply the line deserves. It knows nothing of the session's state.
 */
final class MessageGate {
  /**
   * The deepest nesting of arrays and objects read. MCP's messages nest a few levels; a deeper one
   * would only make every recursive walk of it (Jackson's own conversions among them) risk the
   * end of the stack.
   */
  static final int MAX_DEPTH = 64;

  private final ObjectMapper json;
  /** Reads a line as one JSON value: anything after it, or nesting past the limit, makes it an error. */
  private final ObjectReader lines;
  private final Replies replies;

  MessageGate(ObjectMapper json, Replies replies) {
    this.json = json;
    JsonFactory limited = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
        .build();
    this.lines = new ObjectMapper(limited).reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.replies = replies;
  }

  /**
   * The message on {@code line}, for the session; null when there is none, because the line is
   * blank (the reader finds no value in it), a notification to drop, or refused (and then answered
   * here).
   */
  JSONRPCMessage read(LineReader.Line line) {
    if (line.tooLong()) {
      return refuse(null, -32600, "Invalid Request: line longer than " + StdioTransport.MAX_LINE_BYTES / (1024 * 1024) + " MiB");
    }
    JsonNode message;
    try {
      message = lines.readTree(line.bytes(), 0, line.length());
    } catch (StreamConstraintsException e) {
      return refuse(null, -32600, "Invalid Request: nested deeper than " + MAX_DEPTH + " levels");
    } catch (IOException e) {
      return refuse(null, -32700, "Parse error: the line is not valid JSON");
    }
    if (message.isMissingNode()) {
      return null;
    }
    if (message.isArray()) {
      // Protocol 2025-06-18 removed batches, and the Node.js server never answered them as arrays.
      return refuse(null, -32600, "Invalid Request: JSON-RPC batches are not supported; send one message per line");
    }
    if (!message.isObject()) {
      return refuse(null, -32600, "Invalid Request: expected a JSON-RPC message object");
    }
    if (!message.has("method") && (message.has("result") || message.has("error"))) {
      return response(message);
    }
    JsonNode idNode = message.get("id");
    boolean validId = idNode == null || validId(idNode);
    Object id = validId ? id(idNode) : null;
    if (!"2.0".equals(message.path("jsonrpc").textValue())) {
      return refuse(id, -32600, "Invalid Request: \"jsonrpc\" must be \"2.0\"");
    }
    if (!validId) {
      return refuse(null, -32600, "Invalid Request: \"id\" must be a string or a 64-bit integer");
    }
    JsonNode method = message.get("method");
    if (method == null) {
      return refuse(id, -32600, "Invalid Request: \"method\" is missing");
    }
    if (!method.isTextual()) {
      return refuse(id, -32600, "Invalid Request: \"method\" must be a string");
    }
    JsonNode params = message.hasNonNull("params") ? message.get("params") : null;
    if (params != null && !params.isObject()) {
      return refuse(id, -32600, "Invalid Request: \"params\" must be an object");
    }
    String name = method.textValue();
    String problem = Params.problem(name, params);
    // Built from the tree already parsed, rather than by the SDK parsing the line a second time.
    Object arguments = params == null ? null : json.convertValue(params, Map.class);
    if (id == null) {
      // A notification gets no reply, not even an error.
      return problem == null ? new JSONRPCNotification(McpSchema.JSONRPC_VERSION, name, arguments) : null;
    }
    if (problem != null) {
      return refuse(id, -32602, "Invalid params: " + problem);
    }
    return new JSONRPCRequest(McpSchema.JSONRPC_VERSION, name, id, arguments);
  }

  /**
   * A client's reply to a request of the server's. One that the SDK could not bind is dropped, as
   * nothing answers a reply.
   */
  private JSONRPCMessage response(JsonNode message) {
    JsonNode id = message.path("id");
    JsonNode error = message.get("error");
    boolean valid = "2.0".equals(message.path("jsonrpc").textValue())
        && validId(id)
        && (error == null ? message.has("result") : !message.has("result") && error.isObject() && error.path("code").isInt() && error.path("message").isTextual());
    return valid ? json.convertValue(message, JSONRPCResponse.class) : null;
  }

  private JSONRPCMessage refuse(Object id, int code, String message) {
    replies.error(id, code, message);
    return null;
  }

  /** A string, or an integer that fits a signed 64-bit long (what the SDK's records can hold). */
  private static boolean validId(JsonNode id) {
    return id.isTextual() || id.isIntegralNumber() && id.canConvertToLong();
  }

  /** A request id as the SDK's records hold it: a String or a Long. */
  private static Object id(JsonNode id) {
    return id == null ? null : id.isTextual() ? id.textValue() : (Object) id.longValue();
  }
}
