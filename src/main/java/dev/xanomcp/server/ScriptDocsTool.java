package dev.xanomcp.server;

import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code xanoscript_docs}: the XanoScript language reference, by topic or by the file being edited. */
public final class ScriptDocsTool {
  static final String NAME = "xanoscript_docs";
  static final String TOPIC = "topic";
  static final String FILE = "file_path";
  static final String MODE = "mode";

  static final String DESCRIPTION =
      "XanoScript (.xs) language reference. Read it before you write XanoScript: the syntax is strict.\n"
          + "- file_path: every topic for the file you edit, most important first\n"
          + "- topic: one topic (aliases work)\n"
          + "- no arguments: topic list\n"
          + "mode quick_reference: cheat sheets only";

  private ScriptDocsTool() {}

  static SyncToolSpecification spec(ScriptCatalog catalog) {
    return Tools.tool(NAME, "XanoScript", DESCRIPTION, inputSchema(catalog), args -> answer(catalog, args));
  }

  static Map<String, Object> inputSchema(ScriptCatalog catalog) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TOPIC, Tools.property("string", null, catalog.names()));
    properties.put(FILE, Tools.property("string", "e.g. api/users/get.xs"));
    Map<String, Object> mode = Tools.property("string", "full or quick_reference.", Mode.NAMES);
    mode.put("default", "full");
    properties.put(MODE, mode);
    return Tools.objectSchema(properties, List.of());
  }

  public static String answer(ScriptCatalog catalog, Arguments args) {
    Mode mode = args.string(MODE).map(ScriptDocsTool::mode).orElse(Mode.FULL);
    if (args.has(TOPIC) && args.has(FILE)) {
      throw new ToolInputException("Pass either 'topic' or 'file_path', not both: 'file_path' already returns every topic for that file.");
    }
    if (args.has(TOPIC)) {
      String name = args.string(TOPIC).orElseThrow();
      ScriptTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(ApiDocsTool.unknownTopic(name, catalog.names())));
      return ScriptRenderer.topic(catalog, topic, mode);
    }
    if (args.has(FILE)) {
      String path = args.string(FILE).orElseThrow();
      if (path.isBlank()) {
        throw new ToolInputException("'file_path' is empty. Pass the path of the file you are editing, e.g. api/users/get.xs.");
      }
      return ScriptRenderer.forFile(catalog, path, mode);
    }
    return ScriptRenderer.index(catalog);
  }

  private static Mode mode(String name) {
    return Mode.parse(name).orElseThrow(() -> new ToolInputException("Unknown mode '" + name + "'. Use \"full\" or \"quick_reference\"."));
  }
}
