package dev.xanomcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.server.DocsServer;
import dev.xanomcp.server.Settings;
import dev.xanomcp.server.Version;
import dev.xanomcp.stdio.StdioTransport;
import dev.xanomcp.tools.Context;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.ToolInputException;
import dev.xanomcp.tools.Tools;
import dev.xanomcp.validation.CheckCommand;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Command line: no arguments starts the MCP server on stdio; otherwise runs a tool, or prints help or version. */
public final class Main {
  static final int OK = 0;
  static final int USAGE = 2;
  /** The exit status when the client stopped reading the server's output. */
  static final int STUCK = 1;

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
    Settings settings = Settings.current();
    StdioTransport transport = new StdioTransport(json, new FileInputStream(FileDescriptor.in), protocol, settings.stall(),
        stuck -> System.exit(stuck ? STUCK : OK));
    DocsServer.Session session = DocsServer.start(json, Library.load(json), settings, transport::send);
    transport.serve(session, session.drain());
    System.exit(OK);
  }

  /** Runs a command-line request (anything but server mode) and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    switch (args[0]) {
      case "--version", "-v" -> {
        out.println(Version.line());
        return OK;
      }
      case "--help", "-h" -> {
        out.print(help(Tools.all(Library.load())));
        return OK;
      }
      case "--train" -> {
        err.println("training session: " + Training.run() + " replies");
        return OK;
      }
      case "check" -> {
        return CheckCommand.run(List.of(args).subList(1, args.length), out, err);
      }
      default -> {
        return command(List.of(args), out, err);
      }
    }
  }

  private static int command(List<String> args, PrintStream out, PrintStream err) {
    List<Tool> tools = Tools.all(Library.load());
    List<String> words = new ArrayList<>(args);
    if (words.size() > 1 && words.get(0).equals("docs") && words.get(1).equals("xs")) {
      words.set(1, "xanoscript");
    }
    Tool tool = null;
    for (Tool candidate : tools) {
      if (candidate.cli() != null && startsWith(words, candidate.cli().words())) {
        tool = candidate;
      }
    }
    if (tool == null) {
      if (words.get(0).equals("docs")) {
        return docs(tools, words, out, err);
      }
      err.println("Unknown command '" + words.get(0) + "'. Run with --help for usage.");
      return USAGE;
    }
    CommandLine line = new CommandLine(tool);
    List<String> rest = words.subList(tool.cli().words().split(" ").length, words.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(line.help());
      return OK;
    }
    try {
      Map<String, Object> arguments = line.parse(rest);
      out.print(tool.call(arguments, line.naming(), new Context(CommandLine.style(tools), Optional::empty)).markdown());
      return OK;
    } catch (CommandLine.UsageException | ToolInputException e) {
      err.println(e.getMessage());
      return USAGE;
    }
  }

  /** {@code docs} alone lists the APIs and their topics; {@code docs <unknown>} names the APIs. */
  private static int docs(List<Tool> tools, List<String> words, PrintStream out, PrintStream err) {
    List<Tool> docs = tools.stream().filter(t -> t.cli() != null && t.cli().words().startsWith("docs ")).toList();
    List<String> apis = docs.stream().map(t -> t.cli().words().substring(5)).toList();
    if (words.size() == 1) {
      for (Tool tool : docs) {
        out.println(tool.cli().words().substring(5) + ": " + String.join(", ", tool.cli().values()));
      }
      return OK;
    }
    if (words.get(1).equals("--help") || words.get(1).equals("-h")) {
      out.print(help(tools));
      return OK;
    }
    err.println("Unknown API '" + words.get(1) + "'. APIs: " + String.join(", ", apis) + ".");
    return USAGE;
  }

  private static boolean startsWith(List<String> words, String command) {
    List<String> wanted = List.of(command.split(" "));
    return words.size() >= wanted.size() && words.subList(0, wanted.size()).equals(wanted);
  }

  static String help(List<Tool> tools) {
    StringBuilder text = new StringBuilder("Usage: " + CommandLine.PROGRAM + " [<command>] [options]\n\n");
    text.append("Without a command it is the MCP server on stdin/stdout: what MCP clients run.\n\nCommands:\n");
    row(text, "docs", "list the documented APIs and their topics");
    for (Tool tool : tools) {
      if (tool.cli() != null) {
        row(text, new CommandLine(tool).usage().substring(("Usage: " + CommandLine.PROGRAM + " ").length()), tool.title());
      }
    }
    row(text, "check [--json] [--] <path>...", "check .xs files and folders (exit 1 on errors)");
    row(text, "<command> --help", "the options of a command");
    row(text, "--version, -v", "print the version");
    row(text, "--help, -h", "print this help");
    row(text, "--train", "run a scripted session in memory (trains the start-up cache)");
    text.append("""

        Examples:
          xano-developer-mcp docs run session --detail summary
          xano-developer-mcp docs meta table
          xano-developer-mcp docs xanoscript --file api/users/get.xs --mode quick_reference
          xano-developer-mcp search "sort an array of objects"
          xano-developer-mcp check api/ function/
        """);
    return text.toString();
  }

  private static void row(StringBuilder text, String command, String about) {
    text.append(String.format("  %-38s %s%n", command, about));
  }

}
