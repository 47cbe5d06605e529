package dev.xanomcp;

import dev.xanomcp.render.Call;
import dev.xanomcp.server.DocTool;
import dev.xanomcp.server.Schemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tool on the command line: its options are the properties of its input schema, written in
 * kebab case ({@code detail_level} is {@code --detail-level}; any unique prefix such as {@code
 * --detail} works too); a boolean is {@code --name} or {@code --no-name}; the words after the
 * command fill the tool's positional argument. Nothing here knows a particular tool.
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

  private final DocTool tool;
  private final Map<String, Object> properties;

  CommandLine(DocTool tool) {
    this.tool = tool;
    this.properties = Schemas.properties(tool.inputSchema());
  }

  /** The tool's arguments for the words and options that follow its command. */
  Map<String, Object> parse(List<String> args) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.equals("--")) {
        words.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      boolean negated = option.startsWith("no-") && find(option).isEmpty();
      String name = find(negated ? option.substring(3) : option)
          .orElseThrow(() -> new UsageException("Unknown option '" + arg + "' for " + tool.command().words() + ". " + options()));
      String type = type(name);
      if (type.equals("boolean")) {
        String value = equals < 0 ? Boolean.toString(!negated) : arg.substring(equals + 1);
        if (negated && equals >= 0 || !value.equals("true") && !value.equals("false")) {
          throw new UsageException(arg + ": write --" + kebab(name) + " or --no-" + kebab(name) + ".");
        }
        arguments.put(name, Boolean.valueOf(value));
      } else if (negated) {
        throw new UsageException("--" + kebab(name) + " takes a value; there is no '" + arg + "'.");
      } else {
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          throw new UsageException(arg + " needs a value. " + options());
        }
        put(arguments, name, type, value);
      }
    }
    String positional = tool.command().positional();
    if (!words.isEmpty()) {
      if (positional == null) {
        throw new UsageException("Unexpected words: '" + String.join(" ", words) + "'. " + usage());
      }
      // Free text (a search query) may come as several words; a name from a list must be one.
      boolean freeText = type(positional).equals("string") && tool.command().values().isEmpty();
      if (type(positional).equals("string") && words.size() > 1 && !freeText) {
        throw new UsageException("Too many words: '" + String.join(" ", words) + "'. " + usage());
      }
      if (freeText) {
        put(arguments, positional, "string", String.join(" ", words));
      } else {
        for (String word : words) {
          put(arguments, positional, type(positional), word);
        }
      }
    }
    return arguments;
  }

  private void put(Map<String, Object> arguments, String name, String type, String value) {
    switch (type) {
      case "integer" -> {
        try {
          arguments.put(name, Integer.valueOf(value));
        } catch (NumberFormatException e) {
          throw new UsageException("--" + kebab(name) + " takes a whole number, not '" + value + "'.");
        }
      }
      case "array" -> {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) arguments.computeIfAbsent(name, k -> new ArrayList<>());
        list.add(value);
      }
      default -> arguments.put(name, value);
    }
  }

  /** The property an option names: exactly, else by a unique prefix. */
  private Optional<String> find(String option) {
    String wanted = option.replace('-', '_').toLowerCase(Locale.ROOT);
    if (properties.containsKey(wanted)) {
      return Optional.of(wanted);
    }
    List<String> matches = properties.keySet().stream().filter(p -> p.startsWith(wanted)).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> property(String name) {
    return (Map<String, Object>) properties.get(name);
  }

  private String type(String name) {
    return (String) property(name).get("type");
  }

  private String options() {
    List<String> names = properties.keySet().stream()
        .filter(p -> !p.equals(tool.command().positional()))
        .map(p -> "--" + kebab(p))
        .toList();
    return names.isEmpty() ? "It takes no options." : "Options: " + String.join(", ", names) + ".";
  }

  /** One line: the command and its arguments. */
  String usage() {
    String positional = tool.command().positional();
    String words = positional == null ? "" : type(positional).equals("array") ? " <" + positional + ">..." : " [<" + positional + ">]";
    return "Usage: " + PROGRAM + " " + tool.command().words() + words + (properties.size() > (positional == null ? 0 : 1) ? " [options]" : "");
  }

  /** The help of the command, from the tool's description and schema. */
  String help() {
    StringBuilder out = new StringBuilder(usage()).append("\n\n").append(tool.description().strip()).append('\n');
    String positional = tool.command().positional();
    if (!tool.command().values().isEmpty()) {
      out.append("\n<").append(positional).append(">: ").append(String.join(", ", tool.command().values())).append('\n');
    }
    List<String> rows = new ArrayList<>();
    for (String name : properties.keySet()) {
      if (name.equals(positional)) {
        continue;
      }
      Map<String, Object> property = property(name);
      String option = type(name).equals("boolean") ? "--[no-]" + kebab(name) : "--" + kebab(name) + " <" + type(name).replace("array", "value") + ">";
      StringBuilder about = new StringBuilder(String.valueOf(property.getOrDefault("description", "")).strip());
      if (property.get("enum") instanceof List<?> values) {
        about.append(about.length() > 0 ? " " : "").append("One of: ").append(values.stream().map(String::valueOf).collect(Collectors.joining(", "))).append('.');
      }
      if (property.containsKey("default")) {
        about.append(about.length() > 0 ? " " : "").append("Default: ").append(property.get("default")).append('.');
      }
      rows.add(String.format("  %-28s %s", option, about));
    }
    if (!rows.isEmpty()) {
      out.append("\nOptions:\n").append(String.join("\n", rows)).append('\n');
    }
    return out.toString();
  }

  static String kebab(String name) {
    return name.replace('_', '-');
  }

  /** Writes follow-up calls as the command lines that make them. */
  static Call.Style style(List<DocTool> tools) {
    return call -> {
      DocTool tool = tools.stream().filter(t -> t.name().equals(call.tool())).findFirst().orElse(null);
      if (tool == null || tool.command() == null) {
        return Call.MCP.write(call);
      }
      StringBuilder line = new StringBuilder(PROGRAM).append(' ').append(tool.command().words());
      Object positional = call.arguments().get(tool.command().positional());
      if (positional != null) {
        line.append(' ').append(shell(String.valueOf(positional)));
      }
      for (Map.Entry<String, Object> argument : call.arguments().entrySet()) {
        if (argument.getKey().equals(tool.command().positional())) {
          continue;
        }
        String option = kebab(argument.getKey());
        if (argument.getValue() instanceof Boolean flag) {
          line.append(flag ? " --" : " --no-").append(option);
        } else {
          line.append(" --").append(option).append(' ').append(shell(String.valueOf(argument.getValue())));
        }
      }
      return "`" + line + "`";
    };
  }

  /** A word as a POSIX shell reads it: quoted when it holds anything but plain characters. */
  private static String shell(String word) {
    return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
