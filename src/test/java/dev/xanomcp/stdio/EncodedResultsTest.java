package dev.xanomcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncodedResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LARGE = "# Title\n\n" + "A line with \"quotes\", a tab\t, ü and → in it.\n".repeat(100);

  private static String viaCache(EncodedResults cache, JSONRPCResponse response) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(cache.writeReply(response, out));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesExactlyWhatJacksonWrites() throws IOException {
    EncodedResults cache = new EncodedResults(JSON, 1 << 20);
    CallToolResult result = CallToolResult.builder().addTextContent(LARGE).isError(false).build();
    for (Object id : new Object[] {7, "req-7", 12345678901L}) {
      JSONRPCResponse response = JSONRPCResponse.result(id, result);
      assertEquals(JSON.writeValueAsString(response), viaCache(cache, response));
      assertEquals(JSON.writeValueAsString(response), viaCache(cache, response), "again, from the cache");
    }
  }

  @Test
  void leavesSmallResultsErrorsAndOtherResultsToJackson() throws IOException {
    EncodedResults cache = new EncodedResults(JSON, 1 << 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertFalse(cache.writeReply(JSONRPCResponse.result(1, CallToolResult.builder().addTextContent("short").build()), out));
    assertFalse(cache.writeReply(JSONRPCResponse.result(1, Map.of("tools", List.of())), out));
    assertFalse(cache.writeReply(JSONRPCResponse.error(1, new JSONRPCResponse.JSONRPCError(-32602, "bad", null)), out));
    assertFalse(cache.writeReply(JSONRPCResponse.result(1, CallToolResult.builder().addTextContent(LARGE).isError(true).build()), out));
    assertEquals(0, out.size());
  }

  @Test
  void staysWithinItsBudget() throws IOException {
    EncodedResults cache = new EncodedResults(JSON, 10_000);
    for (int i = 0; i < 20; i++) {
      JSONRPCResponse response = JSONRPCResponse.result(i, CallToolResult.builder().addTextContent(i + LARGE.substring(0, 3000)).build());
      assertEquals(JSON.writeValueAsString(response), viaCache(cache, response));
      assertTrue(cache.size() <= 10_000, "kept " + cache.size());
    }
  }
}
