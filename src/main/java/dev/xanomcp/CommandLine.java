package dev.xanomcp;

import dev.xanomcp.render.Call;
import dev.xanomcp.tools.Naming;
import dev.xanomcp.tools.Param;
import dev.xanomcp.tools.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tool on the command line: its options are its params written in kebab case ({@code
 * detail_level} is {@code --detail-level}; any unique prefix such as {@code --detail} works too);
 * a boolean is {@code --name} or {@code --no-name}; the words after the command fill the tool's
 * positional param; {@code --} ends the options. The values go to the tool as text, and the tool's
 * own checks read them (and name what is wrong as options). Nothing here knows a particular tool.
 */
final class CommandLine {
  static final String PROGRAM = "xano-developer-mcp";

  /** A command line that cannot be understood; the message says why and what would work. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  private final Tool tool;
  private final Tool.Cli cli;

  CommandLine(Tool tool) {
    this.tool = tool;
    this.cli = tool.cli();
  }

  /** How messages name this command's arguments. */
  Naming naming() {
    return Naming.commandLine(cli.positional());
  }

  /** The tool's arguments for the words and options that follow its command. */
  Map<String, Object> parse(List<String> args) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (options && arg.equals("--")) {
        options = false;
        continue;
      }
      if (!options || !arg.startsWith("--")) {
        words.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      boolean negated = option.startsWith("no-") && find(option).isEmpty();
      Param param = find(negated ? option.substring(3) : option)
          .orElseThrow(() -> new UsageException("Unknown option '" + arg + "' for " + cli.words() + ". " + options()));
      String flag = "--" + Naming.kebab(param.name());
      if (param.type() == Param.Type.BOOLEAN) {
        String value = equals < 0 ? Boolean.toString(!negated) : arg.substring(equals + 1);
        if (negated && equals >= 0 || !value.equals("true") && !value.equals("false")) {
          throw new UsageException(arg + ": write " + flag + " or --no-" + Naming.kebab(param.name()) + ".");
        }
        arguments.put(param.name(), Boolean.valueOf(value));
      } else if (negated) {
        throw new UsageException(flag + " takes a value; there is no '" + arg + "'.");
      } else if (equals >= 0) {
        put(arguments, param, arg.substring(equals + 1));
      } else if (i + 1 < args.size()) {
        put(arguments, param, args.get(++i));
      } else {
        throw new UsageException(arg + " needs a value. " + options());
      }
    }
    if (!words.isEmpty()) {
      if (cli.positional() == null) {
        throw new UsageException("Unexpected words: '" + String.join(" ", words) + "'. " + usage());
      }
      Param positional = tool.param(cli.positional());
      // Free text (a search query) may come as several words; a name from a list must be one.
      boolean freeText = positional.type() == Param.Type.TEXT && cli.values().isEmpty();
      if (positional.type() == Param.Type.TEXT && words.size() > 1 && !freeText) {
        throw new UsageException("Too many words: '" + String.join(" ", words) + "'. " + usage());
      }
      if (freeText) {
        put(arguments, positional, String.join(" ", words));
      } else {
        for (String word : words) {
          put(arguments, positional, word);
        }
      }
    }
    return arguments;
  }

  private static void put(Map<String, Object> arguments, Param param, String value) {
    if (param.type() == Param.Type.TEXTS) {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) arguments.computeIfAbsent(param.name(), k -> new ArrayList<>());
      list.add(value);
    } else {
      arguments.put(param.name(), value);
    }
  }

  /** The param an option names: exactly, else by a unique prefix. */
  private Optional<Param> find(String option) {
    String wanted = option.replace('-', '_').toLowerCase(Locale.ROOT);
    List<Param> exact = tool.params().stream().filter(p -> p.name().equals(wanted)).toList();
    if (!exact.isEmpty()) {
      return Optional.of(exact.get(0));
    }
    List<Param> matches = tool.params().stream().filter(p -> p.name().startsWith(wanted)).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  private String options() {
    List<String> names = tool.params().stream()
        .filter(p -> !p.name().equals(cli.positional()))
        .map(p -> "--" + Naming.kebab(p.name()))
        .toList();
    return names.isEmpty() ? "It takes no options." : "Options: " + String.join(", ", names) + ".";
  }

  /** One line: the command and its arguments. */
  String usage() {
    String positional = cli.positional();
    String words = positional == null ? "" : tool.param(positional).type() == Param.Type.TEXTS ? " <" + positional + ">..." : " [<" + positional + ">]";
    return "Usage: " + PROGRAM + " " + cli.words() + words + (tool.params().size() > (positional == null ? 0 : 1) ? " [options]" : "");
  }

  /** The help of the command, from the tool's description and params. */
  String help() {
    StringBuilder out = new StringBuilder(usage()).append("\n\n").append(sentence(tool.description())).append('\n');
    if (!cli.values().isEmpty()) {
      out.append("\n<").append(cli.positional()).append(">: ").append(String.join(", ", cli.values())).append('\n');
    }
    List<String> rows = new ArrayList<>();
    for (Param param : tool.params()) {
      if (param.name().equals(cli.positional())) {
        continue;
      }
      String kebab = Naming.kebab(param.name());
      String option = param.type() == Param.Type.BOOLEAN ? "--[no-]" + kebab : "--" + kebab + " <" + (param.type() == Param.Type.TEXTS ? "value" : param.type() == Param.Type.INTEGER ? "integer" : "string") + ">";
      List<String> about = new ArrayList<>();
      if (param.description() != null) {
        about.add(sentence(param.description()));
      }
      if (!param.values().isEmpty()) {
        about.add("One of: " + String.join(", ", param.values()) + ".");
      }
      if (param.min() != null) {
        about.add("From " + param.min() + " to " + param.max() + ".");
      }
      if (param.fallback() != null) {
        about.add("Default: " + param.fallback() + ".");
      }
      rows.add(String.format("  %-28s %s", option, String.join(" ", about)));
    }
    if (!rows.isEmpty()) {
      out.append("\nOptions:\n").append(String.join("\n", rows)).append('\n');
    }
    return out.toString();
  }

  /** {@code text} stripped and ending with a full stop. */
  private static String sentence(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() || stripped.matches("(?s).*[.!?:]$") ? stripped : stripped + ".";
  }

  /** Writes follow-up calls as the command lines that make them. */
  static Call.Style style(List<Tool> tools) {
    return call -> {
      Tool tool = tools.stream().filter(t -> t.name().equals(call.tool())).findFirst().orElse(null);
      if (tool == null || tool.cli() == null) {
        return Call.MCP.write(call);
      }
      StringBuilder line = new StringBuilder(PROGRAM).append(' ').append(tool.cli().words());
      Object positional = call.arguments().get(tool.cli().positional());
      if (positional != null) {
        line.append(' ').append(Call.shell(String.valueOf(positional)));
      }
      for (Map.Entry<String, Object> argument : call.arguments().entrySet()) {
        if (argument.getKey().equals(tool.cli().positional())) {
          continue;
        }
        String option = Naming.kebab(argument.getKey());
        if (argument.getValue() instanceof Boolean flag) {
          line.append(flag ? " --" : " --no-").append(option);
        } else {
          line.append(" --").append(option).append(' ').append(Call.shell(String.valueOf(argument.getValue())));
        }
      }
      return "`" + line + "`";
    };
  }
}
