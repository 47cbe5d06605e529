package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xanomcp.docs.Library;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The initialize and tools/list answers given without the SDK are exactly what the SDK gives. */
class ServerHandshakeTest {
  static final List<DocTool> TOOLS = Tools.all(Library.load());
  static final List<String> VERSIONS = List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25");
  static final Handshake HANDSHAKE =
      new Handshake(VERSIONS, DocsServer.instructions(TOOLS), TOOLS.stream().map(tool -> DocsServer.spec(tool).tool()).toList());

  /** What the SDK sends: its records, written by the server's mapper. */
  static JsonNode sdk(Object result) {
    return McpTestClient.JSON.valueToTree(result);
  }

  @Test
  void initializeIsTheSdksAnswer() {
    for (String asked : List.of("2025-06-18", "2024-11-05", "2025-11-25")) {
      McpSchema.InitializeResult expected = McpSchema.InitializeResult.builder(asked, DocsServer.CAPABILITIES,
          McpSchema.Implementation.builder(Version.NAME, Version.VALUE).build()).instructions(DocsServer.instructions(TOOLS)).build();
      assertEquals(sdk(expected), HANDSHAKE.initialize(Map.of("protocolVersion", asked)), asked);
    }
  }

  @Test
  void anUnknownVersionGetsTheNewest() {
    assertEquals("2025-11-25", HANDSHAKE.initialize(Map.of("protocolVersion", "1999-01-01")).path("protocolVersion").asText());
  }

  @Test
  void toolsListIsTheSdksAnswer() {
    List<McpSchema.Tool> tools = TOOLS.stream().map(tool -> DocsServer.spec(tool).tool()).toList();
    assertEquals(sdk(McpSchema.ListToolsResult.builder(tools).build()), HANDSHAKE.tools());
  }
}
