package dev.xanomcp;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.Library;
import dev.xanomcp.server.ApiDocsTool;
import dev.xanomcp.server.Arguments;
import dev.xanomcp.server.DocsServer;
import dev.xanomcp.server.ScriptDocsTool;
import dev.xanomcp.server.ToolInputException;
import dev.xanomcp.stdio.StdioTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
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
                                           print a Run or Meta API topic as Markdown
        xano-developer-mcp docs xanoscript [<topic> | --file <path>] [--mode full|quick_reference]
                                           print XanoScript docs: the topic list, one topic,
                                           or every topic for the file you are editing
        xano-developer-mcp --version, -v   print the version
        xano-developer-mcp --help, -h      print this help
        xano-developer-mcp --train         run a scripted session in memory (the launcher trains
                                           its start-up cache with it)

      APIs: run (Xano Run API), meta (Xano Meta API), xanoscript (the language; also "xs")

      Examples:
        xano-developer-mcp docs run session --detail summary
        xano-developer-mcp docs meta table
        xano-developer-mcp docs xanoscript --file api/users/get.xs --mode quick_reference
      """;

  /** Command-line options of the docs command and the tool argument each one sets. */
  private static final Map<String, String> OPTIONS =
      Map.of("--detail", "detail_level", "--no-schemas", "include_schemas", "--mode", "mode", "--file", "file_path");

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      serve();
      return;
    }
    System.exit(run(args, System.out, System.err));
  }

  /**
   * The MCP server on stdin/stdout. stdout is taken for the protocol alone: {@code System.out}
   * is pointed at stderr, so that nothing else printed can corrupt the stream.
   */
  private static void serve() {
    OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    System.setOut(System.err);
    ObjectMapper json = new ObjectMapper();
    JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(json);
    StdioTransport transport = new StdioTransport(mapper, new FileInputStream(FileDescriptor.in), protocol, () -> System.exit(OK));
    DocsServer.start(transport, mapper, Library.load(json));
    transport.serve();
    System.exit(OK);
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
      case "--train":
        err.println("training session: " + Training.run() + " replies");
        return OK;
      default:
        err.println("Unknown command '" + args[0] + "'. Run with --help for usage.");
        return USAGE;
    }
  }

  private static int docs(List<String> args, PrintStream out, PrintStream err) {
    List<String> words = new ArrayList<>();
    Map<String, Object> arguments = new LinkedHashMap<>();
    Map<String, String> optionOf = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String key = OPTIONS.get(arg);
      if (key == null && arg.startsWith("-")) {
        err.println("Unknown option '" + arg + "'. Run with --help for usage.");
        return USAGE;
      }
      if (key == null) {
        words.add(arg);
      } else if (arg.equals("--no-schemas")) {
        arguments.put(key, false);
        optionOf.put(key, arg);
      } else if (i + 1 == args.size()) {
        err.println(arg + " needs a value. Run with --help for usage.");
        return USAGE;
      } else {
        arguments.put(key, args.get(++i));
        optionOf.put(key, arg);
      }
    }
    Library library = Library.load();
    if (words.isEmpty() && arguments.isEmpty()) {
      library.apis().forEach(c -> out.println(c.index().api() + ": " + String.join(", ", c.names())));
      out.println("xanoscript: " + String.join(", ", library.xanoscript().names()));
      return OK;
    }
    String api = words.isEmpty() ? "" : words.get(0);
    boolean script = api.equals("xanoscript") || api.equals("xs");
    ApiCatalog catalog = library.apis().stream().filter(c -> c.index().api().equals(api)).findFirst().orElse(null);
    if (!script && catalog == null) {
      err.println("Unknown API '" + api + "'. APIs: run, meta, xanoscript.");
      return USAGE;
    }
    List<String> accepted = script ? List.of("topic", "file_path", "mode") : List.of("topic", "detail_level", "include_schemas");
    for (String key : arguments.keySet()) {
      if (!accepted.contains(key)) {
        err.println(optionOf.get(key) + " does not apply to " + api + ". Run with --help for usage.");
        return USAGE;
      }
    }
    if (words.size() > 2 || (!script && words.size() != 2)) {
      List<String> names = script ? library.xanoscript().names() : catalog.names();
      err.println("Name one topic of " + api + ": " + String.join(", ", names) + ".");
      return USAGE;
    }
    if (words.size() == 2) {
      arguments.put("topic", words.get(1));
    }
    try {
      Arguments call = new Arguments(arguments, accepted);
      out.print(script ? ScriptDocsTool.answer(library.xanoscript(), call) : ApiDocsTool.answer(catalog, call));
      return OK;
    } catch (ToolInputException e) {
      err.println(e.getMessage());
      return USAGE;
    }
  }
}
