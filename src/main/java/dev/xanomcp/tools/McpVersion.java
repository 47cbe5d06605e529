package dev.xanomcp.tools;

import dev.xanomcp.server.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code mcp_version}: which version of this server is answering, and of the docs it serves. */
public final class McpVersion {
  private McpVersion() {}

  public static Tool tool() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("version", Schemas.property("string", null));
    return new Tool("mcp_version", "Server version", "This server's version and the version of the docs it serves.", null,
        List.of(), Schemas.object(fields, List.of("version")), null, List.of(Map.of()), () -> {}, (args, context) -> answer());
  }

  private static Answer answer() {
    String markdown = Version.NAME + " " + Version.VALUE + "\n\n- XanoScript docs: " + Version.XANOSCRIPT_DOCS
        + "\n- Run and Meta API docs: as of " + Version.API_DOCS + "\n- CLI docs: as of " + Version.CLI_DOCS + "\n";
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("version", Version.VALUE);
    data.put("xanoscript_docs", Version.XANOSCRIPT_DOCS);
    data.put("api_docs", Version.API_DOCS);
    data.put("cli_docs", Version.CLI_DOCS);
    return Answer.data(markdown, data);
  }
}
