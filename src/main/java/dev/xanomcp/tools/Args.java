package dev.xanomcp.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one call, checked against the tool's {@link Param}s before any work: names,
 * types, sizes, ranges and allowed values, with defaults filled in. Lenient where clients are:
 * {@code "true"} for a boolean, {@code "5"} for a number, one path or a JSON array in a string for
 * a list. Every message names the argument as the caller wrote it ({@link Naming}).
 */
public final class Args {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How much of a wrong value a message quotes. */
  private static final int QUOTED = 60;

  private final Map<String, Object> values;
  private final Naming naming;

  private Args(Map<String, Object> values, Naming naming) {
    this.values = values;
    this.naming = naming;
  }

  /** Checks {@code raw} (null for none) against {@code params}; throws {@link ToolInputException} on a mistake. */
  public static Args check(List<Param> params, Map<String, Object> raw, Naming naming) {
    Map<String, Object> given = raw == null ? Map.of() : raw;
    List<String> names = params.stream().map(Param::name).toList();
    for (String name : given.keySet()) {
      if (!names.contains(name)) {
        String shown = cut(name);
        throw new ToolInputException(names.isEmpty()
            ? "This tool takes no arguments; remove '" + shown + "'."
            : "Unknown argument '" + shown + "'. This tool takes: " + String.join(", ", names) + ".");
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Param param : params) {
      Object value = given.get(param.name());
      if (value != null) {
        values.put(param.name(), read(param, value, naming));
      } else if (param.required()) {
        throw new ToolInputException("Missing " + naming.name(param.name()) + "." + choices(param));
      } else if (param.fallback() != null) {
        values.put(param.name(), param.fallback());
      }
    }
    return new Args(values, naming);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A text argument (or a choice, as its canonical value). */
  public Optional<String> text(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  public Optional<Integer> integer(String name) {
    return Optional.ofNullable((Integer) values.get(name));
  }

  public Optional<Boolean> flag(String name) {
    return Optional.ofNullable((Boolean) values.get(name));
  }

  @SuppressWarnings("unchecked")
  public List<String> texts(String name) {
    return (List<String>) values.getOrDefault(name, List.of());
  }

  /** How the caller names {@code argument}: {@code 'topic'} over MCP, {@code --topic} on the command line. */
  public String name(String argument) {
    return naming.name(argument);
  }

  private static Object read(Param param, Object value, Naming naming) {
    String name = naming.name(param.name());
    return switch (param.type()) {
      case TEXT -> choice(param, text(param, value, name));
      case INTEGER -> range(param, integer(value, name), name);
      case BOOLEAN -> flag(value, name);
      case TEXTS -> texts(param, value, name);
    };
  }

  private static String text(Param param, Object value, String name) {
    if (!(value instanceof String text)) {
      throw new ToolInputException(name + " must be a string, got " + describe(value) + ".");
    }
    if (text.length() > param.cap()) {
      throw new ToolInputException(name + " has " + String.format("%,d", text.length()) + " characters; the limit is " + String.format("%,d", param.cap()) + ".");
    }
    return text;
  }

  /** The allowed value {@code text} names, ignoring case, '-' and '_'; the text itself if any is allowed. */
  private static String choice(Param param, String text) {
    if (param.values().isEmpty()) {
      return text;
    }
    String key = Names.key(text);
    for (String allowed : param.values()) {
      if (Names.key(allowed).equals(key)) {
        return allowed;
      }
    }
    String guess = Names.closest(text, param.values()).map(n -> " Did you mean '" + n + "'?").orElse("");
    throw new ToolInputException("Unknown " + param.name().replace('_', ' ') + " '" + cut(text) + "'." + guess + choices(param));
  }

  private static String choices(Param param) {
    return param.values().isEmpty() ? "" : " Use one of: " + String.join(", ", param.values()) + ".";
  }

  private static int integer(Object value, String name) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long number = ((Number) value).longValue();
      if (Math.abs(number) <= Integer.MAX_VALUE) {
        return (int) number;
      }
    } else if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue()) && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
      return number.intValue();
    } else if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
      return Integer.parseInt(text.strip());
    }
    throw new ToolInputException(name + " must be a whole number, got " + describe(value) + ".");
  }

  private static int range(Param param, int number, String name) {
    if (param.min() != null && number < param.min() || param.max() != null && number > param.max()) {
      throw new ToolInputException(name + " must be between " + param.min() + " and " + param.max() + ", got " + number + ".");
    }
    return number;
  }

  private static boolean flag(Object value, String name) {
    if (value instanceof Boolean flag) {
      return flag;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new ToolInputException(name + " must be true or false, got " + describe(value) + ".");
  }

  private static List<String> texts(Param param, Object value, String name) {
    List<?> list;
    if (value instanceof String text && text.strip().startsWith("[")) {
      text(param, text, name);
      try {
        list = List.of(JSON.readValue(text.strip(), String[].class));
      } catch (JsonProcessingException e) {
        throw new ToolInputException(name + " looks like a JSON array but is not an array of strings.");
      }
    } else if (value instanceof String text) {
      list = List.of(text.strip());
    } else if (value instanceof List<?> items) {
      list = items;
    } else {
      throw new ToolInputException(name + " must be an array of strings, got " + describe(value) + ".");
    }
    if (list.size() > param.items()) {
      throw new ToolInputException(name + " has " + list.size() + " items; the limit is " + param.items() + ".");
    }
    List<String> texts = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String)) {
        throw new ToolInputException(name + " must be an array of strings; it holds " + describe(item) + ".");
      }
      texts.add(text(param, item, name));
    }
    return List.copyOf(texts);
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      return "the string \"" + cut(text) + "\"";
    }
    if (value instanceof Number) {
      return "the number " + cut(String.valueOf(value));
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return String.valueOf(value);
  }

  /** At most {@value #QUOTED} characters of {@code text}, so that no message echoes a huge input. */
  static String cut(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }
}
