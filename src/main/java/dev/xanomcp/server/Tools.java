package dev.xanomcp.server;

import dev.xanomcp.docs.Library;
import java.util.List;

/** The one list of the server's tools, in the order clients see them. Adding a tool is one line here. */
public final class Tools {
  private Tools() {}

  public static List<DocTool> all(Library library) {
    return List.of(
        new ApiDocsTool(library.run()),
        new ApiDocsTool(library.meta()),
        new ApiDocsTool(library.cli()),
        new ScriptDocsTool(library.xanoscript()),
        new SearchTool(library),
        new ValidateTool(),
        new VersionTool());
  }
}
