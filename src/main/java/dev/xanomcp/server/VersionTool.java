package dev.xanomcp.server;

import dev.xanomcp.Version;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.List;
import java.util.Map;

/** {@code mcp_version}: which version of this server is answering. */
final class VersionTool {
  private VersionTool() {}

  static SyncToolSpecification spec() {
    return Tools.tool(
        "mcp_version",
        "Server version",
        "This server's version.",
        Tools.objectSchema(Map.of(), List.of()),
        args -> Version.NAME + " " + Version.VALUE);
  }
}
