package dev.xanomcp.server;

import dev.xanomcp.render.Call;
import java.util.List;
import java.util.Map;

/** {@code mcp_version}: which version of this server is answering. */
final class VersionTool implements DocTool {
  @Override
  public String name() {
    return "mcp_version";
  }

  @Override
  public String title() {
    return "Server version";
  }

  @Override
  public String description() {
    return "This server's version.";
  }

  @Override
  public String instruction() {
    return null;
  }

  @Override
  public Map<String, Object> inputSchema() {
    return Schemas.object(Map.of(), List.of());
  }

  @Override
  public Map<String, Object> outputSchema() {
    return Schemas.output(Map.of("version", Schemas.property("string", null)), List.of("version"));
  }

  @Override
  public Command command() {
    return null;
  }

  @Override
  public List<Map<String, Object>> examples() {
    return List.of(Map.of());
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    return Answer.of(Version.NAME + " " + Version.VALUE, "version", Version.VALUE);
  }
}
