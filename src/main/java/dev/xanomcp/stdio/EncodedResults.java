package dev.xanomcp.stdio;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of large successful tool results recently sent, by their text. Clients ask for the same documents
 * again and again, and JSON-escaping a Markdown text of several kilobytes is most of the cost of
 * such a reply (measured with bench/throughput). Bounded by total size; used by the writer thread
 * only, so it needs no locking.
 */
final class EncodedResults {
  /** Texts shorter than this are cheap to encode and not kept. */
  static final int MIN_TEXT = 2048;

  /** A reply as the SDK's records serialise: {"jsonrpc":"2.0","id":ID,"result":RESULT}. */
  private static final byte[] HEAD = "{\"jsonrpc\":\"2.0\",\"id\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RESULT = ",\"result\":".getBytes(StandardCharsets.UTF_8);

  private final ObjectMapper json;
  private final long budget;
  private final Map<String, byte[]> recent = new LinkedHashMap<>(64, 0.75f, true);
  private long size;

  EncodedResults(ObjectMapper json, long budgetBytes) {
    this.json = json;
    this.budget = budgetBytes;
  }

  /** The bytes kept, for the tests. */
  long size() {
    return size;
  }

  /**
   * Writes {@code response} exactly as Jackson would, taking the result's JSON from the cache;
   * false, writing nothing, when the reply is not a large single-text tool result.
   */
  boolean writeReply(JSONRPCResponse response, OutputStream out) throws IOException {
    byte[] result = response.error() == null ? encode(response.result()) : null;
    if (result == null) {
      return false;
    }
    out.write(HEAD);
    json.writeValue(out, response.id());
    out.write(RESULT);
    out.write(result);
    out.write('}');
    return true;
  }

  /** The JSON of {@code result}, or null when it is not a single large text worth keeping. */
  private byte[] encode(Object result) throws IOException {
    if (!(result instanceof CallToolResult call)
        || call.content() == null
        || call.content().size() != 1
        || !(call.content().get(0) instanceof TextContent text)
        || call.structuredContent() != null
        || call.meta() != null
        || text.annotations() != null
        || text.meta() != null
        || text.text().length() < MIN_TEXT
        || Boolean.TRUE.equals(call.isError())) {
      return null;
    }
    // Keyed by the text itself: the tools hand out the same String for the same document, whose
    // hash is kept in it and whose equals() starts with identity, so a lookup costs next to nothing.
    String key = text.text();
    byte[] encoded = recent.get(key);
    if (encoded == null) {
      encoded = json.writeValueAsBytes(call);
      recent.put(key, encoded);
      size += encoded.length;
      for (Iterator<byte[]> eldest = recent.values().iterator(); size > budget && eldest.hasNext(); ) {
        size -= eldest.next().length;
        eldest.remove();
      }
    }
    return encoded;
  }
}
