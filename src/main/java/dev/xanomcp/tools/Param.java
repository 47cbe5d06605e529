package dev.xanomcp.tools;

import java.util.List;
import java.util.Objects;

/**
 * One argument of a tool: its JSON type, what it means, and what it accepts. Everything that
 * reads arguments derives from these values: the input schema, the checks with their messages,
 * the command line's options and help.
 *
 * @param values the allowed values of a text argument (its schema enum); empty for any text
 * @param fallback the value when the argument is absent (its schema default), or null
 * @param min the smallest whole number accepted, or null
 * @param max the largest whole number accepted, or null
 * @param cap the most characters a text (or each text of a list) may have: checked before any
 *     work, and never written into the schema, whose bytes every conversation pays for
 * @param items the most texts a list may hold
 */
public record Param(String name, Type type, String description, boolean required, List<String> values, Object fallback,
    Integer min, Integer max, int cap, int items) {

  /** The JSON types of arguments. */
  public enum Type {
    TEXT("string"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    /** An array of strings; one string, or a JSON array written as a string, is read as one too. */
    TEXTS("array");

    final String json;

    Type(String json) {
      this.json = json;
    }
  }

  /** The cap of short names: topics, sections, modes and other enumerated values. */
  public static final int NAME_CAP = 200;

  public Param {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    values = List.copyOf(values);
  }

  public static Param text(String name, String description, int cap) {
    return new Param(name, Type.TEXT, description, false, List.of(), null, null, null, cap, 0);
  }

  /** A text from a fixed list; matched ignoring case, '-' and '_'. */
  public static Param choice(String name, String description, List<String> values) {
    return new Param(name, Type.TEXT, description, false, values, null, null, null, NAME_CAP, 0);
  }

  public static Param integer(String name, String description) {
    return new Param(name, Type.INTEGER, description, false, List.of(), null, null, null, 0, 0);
  }

  public static Param flag(String name, String description) {
    return new Param(name, Type.BOOLEAN, description, false, List.of(), null, null, null, 0, 0);
  }

  public static Param texts(String name, String description, int cap, int items) {
    return new Param(name, Type.TEXTS, description, false, List.of(), null, null, null, cap, items);
  }

  public Param mandatory() {
    return new Param(name, type, description, true, values, fallback, min, max, cap, items);
  }

  public Param byDefault(Object value) {
    return new Param(name, type, description, required, values, value, min, max, cap, items);
  }

  public Param range(int lowest, int highest) {
    return new Param(name, type, description, required, values, fallback, lowest, highest, cap, items);
  }
}
