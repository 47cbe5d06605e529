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
    return "This server's version and the version of the docs it serves.";
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
    // The docs' versions come as xanoscript_docs and api_docs too; the schema names only what a
    // client needs, since every byte of tools/list is paid in every conversation.
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
    String markdown = Version.NAME + " " + Version.VALUE + "\n\n- XanoScript docs: " + Version.XANOSCRIPT_DOCS + "\n- Run and Meta API docs: as of " + Version.API_DOCS + "\n";
    return Answer.of(markdown, "version", Version.VALUE, "xanoscript_docs", Version.XANOSCRIPT_DOCS, "api_docs", Version.API_DOCS);
  }
}
