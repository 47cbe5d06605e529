package dev.xanomcp;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.Library;
import dev.xanomcp.server.ApiDocsTool;
import dev.xanomcp.server.Arguments;
import dev.xanomcp.server.DocsServer;
import dev.xanomcp.server.ToolInputException;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command line: no arguments starts the MCP server on stdio; otherwise prints docs, help or version. */
public final class Main {
  static final int OK = 0;
  static final int USAGE = 2;

  static final String HELP =
      """
      Usage:
        xano-developer-mcp                 start the MCP server on stdin/stdout (what MCP clients run)
        xano-developer-mcp docs            list the documented APIs and their topics
        xano-developer-mcp docs <api> <topic> [--detail summary|full] [--no-schemas]
                                           print a topic as Markdown, without an MCP client
        xano-developer-mcp --version, -v   print the version
        xano-developer-mcp --help, -h      print this help

      APIs: run (Xano Run API), meta (Xano Meta API)

      Examples:
        xano-developer-mcp docs run session --detail summary
        xano-developer-mcp docs meta table
      """;

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      serve();
      return;
    }
    System.exit(run(args, System.out, System.err));
  }

  private static void serve() {
    DocsServer.start(new StdioServerTransportProvider(McpJsonDefaults.getMapper()), Library.load());
  }

  /** Runs a command-line request (anything but server mode) and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    switch (args[0]) {
      case "--version":
      case "-v":
        out.println(Version.NAME + " " + Version.VALUE);
        return OK;
      case "--help":
      case "-h":
        out.print(HELP);
        return OK;
      case "docs":
        return docs(List.of(args).subList(1, args.length), out, err);
      default:
        err.println("Unknown command '" + args[0] + "'. Run with --help for usage.");
        return USAGE;
    }
  }

  private static int docs(List<String> args, PrintStream out, PrintStream err) {
    List<String> words = new ArrayList<>();
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--detail":
          if (i + 1 == args.size()) {
            err.println("--detail needs a value: summary or full.");
            return USAGE;
          }
          arguments.put("detail_level", args.get(++i));
          break;
        case "--no-schemas":
          arguments.put("include_schemas", false);
          break;
        default:
          if (arg.startsWith("-")) {
            err.println("Unknown option '" + arg + "'. Run with --help for usage.");
            return USAGE;
          }
          words.add(arg);
      }
    }
    Map<String, ApiCatalog> apis = new LinkedHashMap<>();
    Library.load().apis().forEach(api -> apis.put(api.index().api(), api));
    if (words.isEmpty()) {
      apis.values().forEach(c -> out.println(c.index().api() + ": " + String.join(", ", c.names())));
      return OK;
    }
    ApiCatalog catalog = apis.get(words.get(0));
    if (catalog == null) {
      err.println("Unknown API '" + words.get(0) + "'. APIs: " + String.join(", ", apis.keySet()) + ".");
      return USAGE;
    }
    if (words.size() != 2) {
      err.println("Name one topic of " + words.get(0) + ": " + String.join(", ", catalog.names()) + ".");
      return USAGE;
    }
    arguments.put("topic", words.get(1));
    try {
      out.print(ApiDocsTool.answer(catalog, new Arguments(arguments, List.copyOf(arguments.keySet()))));
      return OK;
    } catch (ToolInputException e) {
      err.println(e.getMessage());
      return USAGE;
    }
  }
}
