package dev.xanomcp.xanoscript;

import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Parser.BodyKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the files of a folder define for other files to name: functions, addons and middleware with
 * their inputs, tables with their columns. Immutable; made from the folder's code by a {@link
 * Builder}. When {@link #complete()} (the folder is a whole workspace), a name it lacks is
 * reported; otherwise only the names it has are checked.
 */
public final class Definitions {
  /** The kinds of constructs that other files name. */
  static final Set<String> KINDS = Set.of("function", "table", "addon", "middleware");
  /** The most field names kept over all definitions; past it nothing more is kept and nothing is reported missing. */
  static final int MAX_NAMES = 50_000;

  /** No definitions, none reported missing: what a lone piece of code is checked with. */
  public static final Definitions NONE = new Definitions(Map.of(), null, false);

  private final Map<String, Map<String, FieldSet>> byKind;
  private final Definitions parent;
  private final boolean complete;

  private Definitions(Map<String, Map<String, FieldSet>> byKind, Definitions parent, boolean complete) {
    this.byKind = byKind;
    this.parent = parent;
    this.complete = complete;
  }

  /** Whether these are all the definitions there are, so that a name they lack is a mistake. */
  public boolean complete() {
    return complete;
  }

  /** The fields of the {@code kind} named {@code name} (inputs or columns), or null when it is not defined here. */
  FieldSet find(String kind, String name) {
    FieldSet found = byKind.getOrDefault(kind, Map.of()).get(name);
    return found != null || parent == null ? found : parent.find(kind, name);
  }

  /** The names defined of {@code kind}, this document's first. */
  List<String> names(String kind) {
    List<String> names = new ArrayList<>(byKind.getOrDefault(kind, Map.of()).keySet());
    if (parent != null) {
      names.addAll(parent.names(kind));
    }
    return names;
  }

  /** These definitions with those of one more document added in front (its own constructs). */
  Definitions plus(List<Member> members, String source) {
    Map<String, Map<String, FieldSet>> local = new HashMap<>();
    for (Member m : members) {
      if (m instanceof Block b) {
        define(b, source, true).ifPresent(d -> local.computeIfAbsent(d.kind, k -> new LinkedHashMap<>()).putIfAbsent(d.name, d.fields));
      }
    }
    return local.isEmpty() ? this : new Definitions(local, this, complete);
  }

  /**
   * Whether {@code code} may define something other files name: its first word (after comments)
   * is {@code function}, {@code table}, {@code addon} or {@code middleware}. A cheap test, so
   * that only those files are parsed to build the definitions.
   */
  public static boolean mayDefine(String code) {
    return KINDS.contains(firstWord(code));
  }

  private static String firstWord(String code) {
    Objects.requireNonNull(code, "code == null");
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? code.length() : end;
      } else {
        break;
      }
    }
    int start = i;
    while (i < code.length() && i - start < 12 && (Character.isLetter(code.charAt(i)) || code.charAt(i) == '_')) {
      i++;
    }
    return code.substring(start, i);
  }

  /**
   * The part of {@code code} a definition needs: the construct's opening up to its first brace,
   * then its {@code part} block (the {@code input} or {@code schema}) if it has one, then a
   * closing brace. The stack, usually most of a file, is left out, so it costs no parsing.
   * Strings and comments are skipped while braces are counted; null when they do not balance.
   */
  static String head(String code, String part) {
    int depth = 0;
    int open = -1;
    int block = -1;
    int n = code.length();
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        String quote = code.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
        int end = i + quote.length();
        while (end < n && !code.startsWith(quote, end) && (quote.length() == 3 || code.charAt(end) != '\n')) {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        i = Math.min(end + quote.length(), n) - 1;
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
        int end = code.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '{') {
        depth++;
        if (depth == 1) {
          open = i;
        } else if (depth == 2 && block < 0) {
          int start = wordBefore(code, i);
          if (code.startsWith(part, start) && start + part.length() <= i && code.substring(start + part.length(), i).isBlank()) {
            block = start;
          }
        }
      } else if (c == '}') {
        depth--;
        if (depth < 0) {
          return null;
        }
        if (depth == 1 && block >= 0) {
          return code.substring(0, open + 1) + "\n" + code.substring(block, i + 1) + "\n}\n";
        }
      }
    }
    return depth == 0 && open >= 0 ? code.substring(0, open + 1) + "\n}\n" : null;
  }

  /** Where the word that ends before {@code at} starts, blanks between them skipped. */
  private static int wordBefore(String code, int at) {
    int start = at;
    while (start > 0 && Character.isWhitespace(code.charAt(start - 1))) {
      start--;
    }
    while (start > 0 && (Character.isLetterOrDigit(code.charAt(start - 1)) || code.charAt(start - 1) == '_')) {
      start--;
    }
    return start;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A definition read from one construct. */
  private record Defined(String kind, String name, FieldSet fields) {}

  private static Optional<Defined> define(Block b, String source, boolean parsedCleanly) {
    if (!KINDS.contains(b.name()) || b.args().isEmpty() || !(b.args().get(0).value() instanceof Expr.Literal name) || b.body() == null) {
      return Optional.empty();
    }
    String part = b.name().equals("table") ? "schema" : "input";
    FieldSet fields = new FieldSet(Map.of(), false);
    for (Member m : b.body().members()) {
      if (m instanceof Block inner && inner.name().equals(part) && inner.body() != null) {
        fields = FieldSet.of(inner.body().members(), source);
      } else if (m instanceof Block placeholder && placeholder.name().equals("...")) {
        fields = FieldSet.OPEN; // a body left out, as in a snippet: its inputs are unknown
        break;
      }
    }
    if (b.name().equals("table")) {
      fields = fields.plus(FieldSet.named("id")); // every table has its id, declared or not
    }
    return Optional.of(new Defined(b.name(), NameText.unquote(name.start().text()), parsedCleanly ? fields : FieldSet.OPEN));
  }

  /** Collects the definitions of a folder's files, one file at a time; not thread-safe. */
  public static final class Builder {
    private final Map<String, Map<String, FieldSet>> byKind = new HashMap<>();
    private int names;
    private boolean full;

    private Builder() {}

    /** Adds what {@code code} (one file) defines; code that defines nothing other files name is skipped unparsed. */
    public Builder add(String code) {
      String kind = firstWord(code);
      if (!KINDS.contains(kind) || full) {
        return this;
      }
      String head = head(code, kind.equals("table") ? "schema" : "input");
      if (head != null) {
        code = head;
      }
      Report report = new Report();
      List<Member> members = new Parser(code, report).parseTopLevel(BodyKind.MEMBERS);
      for (Member m : members) {
        if (m instanceof Block b) {
          define(b, code, report.errors() == 0).ifPresent(this::keep);
        }
      }
      return this;
    }

    private void keep(Defined d) {
      names += d.fields.size() + 1;
      if (names > MAX_NAMES) {
        full = true;
        return;
      }
      // a name defined twice (a copy, a draft) is kept without its fields: which one runs is unknown
      byKind.computeIfAbsent(d.kind, k -> new LinkedHashMap<>()).merge(d.name, d.fields, (a, b) -> FieldSet.OPEN);
    }

    /**
     * The definitions collected; {@code workspace} when they come from a whole workspace, so that
     * a name they lack is reported (unless more was defined than could be kept).
     */
    public Definitions build(boolean workspace) {
      Map<String, Map<String, FieldSet>> copy = new HashMap<>();
      byKind.forEach((kind, byName) -> copy.put(kind, new LinkedHashMap<>(byName)));
      return new Definitions(copy, null, workspace && !full);
    }
  }
}
