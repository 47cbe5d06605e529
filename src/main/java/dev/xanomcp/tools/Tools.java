package dev.xanomcp.tools;

import dev.xanomcp.docs.Library;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The one list of the server's tools, in the order clients see them. Adding a tool is one line here. */
public final class Tools {
  private Tools() {}

  public static List<Tool> all(Library library) {
    return List.of(
        ApiDocs.tool(library.run()),
        ApiDocs.tool(library.meta()),
        ApiDocs.tool(library.cli()),
        ScriptDocs.tool(library.xanoscript()),
        SearchDocs.tool(library),
        Validate.tool(),
        McpVersion.tool());
  }

  /** What the server tells a client at initialization: one sentence per tool that needs one. */
  public static String instructions(List<Tool> tools) {
    return tools.stream()
        .map(Tool::instruction)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" ", "Documentation for building on Xano. ", ""));
  }

  /** The tool called {@code name}. */
  public static Tool named(List<Tool> tools, String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
  }
}
