package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.Tools;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists and capabilities written as JSON trees say exactly what the SDK's records say. */
class ServerHandshakeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<Tool> TOOLS = Tools.all(Library.load());

  @Test
  void toolsListIsWhatTheSdkWouldSend() throws Exception {
    List<McpSchema.Tool> registered = DocsServer.specs(JSON, TOOLS).stream().map(SyncToolSpecification::tool).toList();
    assertEquals(JSON.valueToTree(McpSchema.ListToolsResult.builder(registered).build()), Lists.tools(JSON, TOOLS));
  }

  @Test
  void theCapabilitiesReadIntoTheSdksRecordUnchanged() throws Exception {
    McpSchema.ServerCapabilities capabilities = JSON.treeToValue(Dispatcher.CAPABILITIES, McpSchema.ServerCapabilities.class);
    assertEquals(Dispatcher.CAPABILITIES, JSON.valueToTree(capabilities));
  }
}
