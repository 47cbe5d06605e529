package dev.xanomcp.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The arguments of one tool call, read with clear messages for wrong names and types. */
public final class Arguments {
  private final Map<String, Object> values;

  /** Checks that every argument is one the tool takes, listed in {@code accepted}. */
  public Arguments(Map<String, Object> values, List<String> accepted) {
    this.values = values == null ? Map.of() : values;
    for (String name : this.values.keySet()) {
      if (!accepted.contains(name)) {
        throw new ToolInputException(
            accepted.isEmpty()
                ? "This tool takes no arguments; remove '" + name + "'."
                : "Unknown argument '" + name + "'. This tool takes: " + String.join(", ", accepted) + ".");
      }
    }
  }

  /** The value as the client sent it, for arguments that accept several shapes. */
  public Object raw(String name) {
    return values.get(name);
  }

  public boolean has(String name) {
    return values.get(name) != null;
  }

  public Optional<String> string(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String)) {
      throw new ToolInputException("'" + name + "' must be a string, got " + describe(value) + ".");
    }
    return Optional.of((String) value);
  }

  /** A boolean; the strings "true" and "false" are read as booleans too, as some clients send them. */
  public Optional<Boolean> bool(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean) {
      return Optional.of((Boolean) value);
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Optional.of(Boolean.valueOf((String) value));
    }
    throw new ToolInputException("'" + name + "' must be true or false, got " + describe(value) + ".");
  }

  /** A whole number; a string of digits is read as one too, as some clients send them. */
  public Optional<Integer> integer(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Optional.of(((Number) value).intValue());
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue()) && Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
      return Optional.of(number.intValue());
    }
    if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
      return Optional.of(Integer.valueOf(text.strip()));
    }
    throw new ToolInputException("'" + name + "' must be a whole number, got " + describe(value) + ".");
  }

  private static String describe(Object value) {
    if (value instanceof String) {
      return "the string \"" + value + "\"";
    }
    if (value instanceof Number) {
      return "the number " + value;
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return String.valueOf(value);
  }
}
