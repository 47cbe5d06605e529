package dev.xanomcp.xanoscript;

import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Member.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an {@code input} block or of a table's {@code schema}, by name, in the order they
 * are declared. {@code open} when more fields may exist than are listed (a {@code dblink}, a list
 * cut at {@link #MAX_FIELDS}): then no name is reported missing from it.
 */
record FieldSet(Map<String, FieldInfo> fields, boolean open) {
  /** The most fields kept per set; a longer declaration is kept open, so memory stays bounded. */
  static final int MAX_FIELDS = 1000;

  /** A set about which nothing is known. */
  static final FieldSet OPEN = new FieldSet(Map.of(), true);

  FieldSet {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * One field: whether a caller must pass it (declared without {@code ?} after its name or its
   * type, and without a default), and the fields of its {@code schema} when it is a single object that has one.
   */
  record FieldInfo(boolean required, FieldSet nested) {}

  /** The fields a body of field declarations declares; {@code source} tells a {@code name?} from a {@code name}. */
  static FieldSet of(List<Member> members, String source) {
    Map<String, FieldInfo> fields = new LinkedHashMap<>();
    boolean open = false;
    for (Member m : members) {
      if (!(m instanceof Field f)) {
        continue;
      }
      if (f.name() == null || f.type().equals("dblink") || fields.size() == MAX_FIELDS) {
        open = true;
        continue;
      }
      int end = f.name().end();
      boolean optional = end < source.length() && source.charAt(end) == '?';
      fields.put(NameText.unquote(f.name().text()), new FieldInfo(!optional && !f.nullable() && f.defaultValue() == null, nested(f, source)));
    }
    return new FieldSet(fields, open);
  }

  private static FieldSet nested(Field f, String source) {
    if (!f.type().equals("object") || f.arrayDepth() > 0 || f.body() == null) {
      return null;
    }
    for (Member m : f.body().members()) {
      if (m instanceof Block b && b.name().equals("schema") && b.body() != null) {
        return of(b.body().members(), source);
      }
    }
    return null;
  }

  /** The fields listed, for a fixed set such as the predefined input of a trigger. */
  static FieldSet named(String... names) {
    Map<String, FieldInfo> fields = new LinkedHashMap<>();
    for (String name : names) {
      fields.put(name, new FieldInfo(false, null));
    }
    return new FieldSet(fields, false);
  }

  /** This set with the fields of {@code other} added (the first declaration of a name wins). */
  FieldSet plus(FieldSet other) {
    Map<String, FieldInfo> all = new LinkedHashMap<>(fields);
    other.fields.forEach(all::putIfAbsent);
    return new FieldSet(all, open || other.open);
  }

  int size() {
    return fields.size();
  }
}
