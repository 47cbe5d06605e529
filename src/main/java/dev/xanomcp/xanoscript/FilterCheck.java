package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Expr.ArrayLiteral;
import dev.xanomcp.xanoscript.Expr.Binary;
import dev.xanomcp.xanoscript.Expr.Entry;
import dev.xanomcp.xanoscript.Expr.Filter;
import dev.xanomcp.xanoscript.Expr.Filtered;
import dev.xanomcp.xanoscript.Expr.Group;
import dev.xanomcp.xanoscript.Expr.Literal;
import dev.xanomcp.xanoscript.Expr.ObjectLiteral;
import dev.xanomcp.xanoscript.Expr.Ternary;
import dev.xanomcp.xanoscript.Expr.Unary;
import dev.xanomcp.xanoscript.Expr.Variable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the filter names of expressions against the engine's lists: expression filters
 * everywhere, and in a {@code db.query} where/eval clause also the database filters and aggregates.
 */
final class FilterCheck {

  private final EngineTables tables;
  private final Report report;
  /** Words that are values without quotes. */
  private static final Set<String> WORDS = Set.of("true", "false", "null", "now", "...");
  /** Words other languages use for values, to the XanoScript word. */
  private static final Map<String, String> FOREIGN_WORDS = Map.of(
      "None", "null", "nil", "null", "NULL", "null", "Null", "null", "undefined", "null",
      "True", "true", "TRUE", "true", "False", "false", "FALSE", "false");

  private final Set<String> expressionFilters;
  private final Set<String> queryFilters;
  private int visited;
  /** How many {@code catch} blocks enclose what is checked: {@code $error} is theirs. */
  private int catches;

  FilterCheck(EngineTables tables, Report report) {
    this.tables = tables;
    this.report = report;
    this.expressionFilters = tables.expressionFilters();
    this.queryFilters = tables.queryFilters();
  }

  /** Marks the start ({@code true}) or the end of a {@code catch} block. */
  void inCatch(boolean entering) {
    catches += entering ? 1 : -1;
  }

  /** Checks every filter in {@code expr}; {@code query} is true inside a where/eval clause. */
  void check(Expr expr, boolean query) {
    if (expr == null) {
      return;
    }
    if ((++visited & 1023) == 0) {
      Checkpoint.check();
    }
    if (expr instanceof Filtered f) {
      check(f.base(), query);
      for (Filter filter : f.filters()) {
        name(filter.name(), query);
        if (filter.name().isWord("sort")) {
          sort(filter);
        }
        filter.args().forEach(a -> check(a, query));
      }
    } else if (expr instanceof Binary b) {
      check(b.left(), query);
      check(b.right(), query);
    } else if (expr instanceof Ternary t) {
      check(t.condition(), query);
      check(t.yes(), query);
      check(t.no(), query);
    } else if (expr instanceof Unary u) {
      check(u.operand(), query);
    } else if (expr instanceof Group g) {
      check(g.inner(), query);
    } else if (expr instanceof ArrayLiteral a) {
      // exports write arrays of bare words, `[Bill of Materials, $id]`
      a.items().stream().filter(i -> !(i instanceof Literal l && l.start().is(TokenKind.IDENT))).forEach(i -> check(i, query));
    } else if (expr instanceof ObjectLiteral o) {
      for (Entry e : o.entries()) {
        check(e.value(), query);
      }
    } else if (expr instanceof Variable v) {
      v.indexes().forEach(i -> check(i, query));
      errorField(v);
    } else if (expr instanceof Literal l && l.start().is(TokenKind.IDENT) && !WORDS.contains(l.start().text())) {
      word(l.start());
    }
  }

  /** Whether {@code expr} reads a column, {@code $db.table.column}: then it belongs to a query. */
  static boolean readsColumns(Expr expr) {
    if (expr instanceof Variable v) {
      return v.path().startsWith("$db.") || v.indexes().stream().anyMatch(FilterCheck::readsColumns);
    }
    if (expr instanceof Filtered f) {
      return readsColumns(f.base()) || f.filters().stream().anyMatch(x -> x.args().stream().anyMatch(FilterCheck::readsColumns));
    }
    if (expr instanceof Binary b) {
      return readsColumns(b.left()) || readsColumns(b.right());
    }
    if (expr instanceof Ternary t) {
      return readsColumns(t.condition()) || readsColumns(t.yes()) || readsColumns(t.no());
    }
    if (expr instanceof Unary u) {
      return readsColumns(u.operand());
    }
    if (expr instanceof Group g) {
      return readsColumns(g.inner());
    }
    if (expr instanceof ArrayLiteral a) {
      return a.items().stream().anyMatch(FilterCheck::readsColumns);
    }
    return expr instanceof ObjectLiteral o && o.entries().stream().anyMatch(e -> readsColumns(e.value()));
  }

  /** A bare word where a value goes: only {@code true}, {@code false}, {@code null} and {@code now} are values. */
  private void word(Token word) {
    String instead = FOREIGN_WORDS.get(word.text());
    report.error(word, "unknown-word", "`" + word.text() + "` is no value: XanoScript knows `true`, `false`, `null` and `now` without quotes.",
        instead != null ? "Write `" + instead + "`." : "Quote text (`\"" + word.text() + "\"`); a variable starts with `$`.");
  }

  /** {@code $error.x} in a {@code catch}: the error has a name and a message; another field reads as null. */
  private void errorField(Variable v) {
    if (catches > 0 && v.path().startsWith("$error.")) {
      String field = v.path().substring(7).split("\\.", 2)[0];
      if (!Rules.ERROR_FIELDS.contains(field)) {
        report.warning(v.start(), "unknown-error-field", "`$error." + field + "` is no field of the error a `catch` receives; it reads as null.",
            "Use `$error.message` or `$error.name`.");
      }
    }
  }

  /** The arguments of {@code sort}: a path, a type and whether descending, not other languages' forms. */
  private void sort(Filter sort) {
    List<Expr> args = sort.args();
    boolean direction = args.stream().limit(2).anyMatch(a -> a instanceof Literal l && l.start().is(TokenKind.STRING)
        && (l.start().text().equalsIgnoreCase("\"asc\"") || l.start().text().equalsIgnoreCase("\"desc\"")));
    boolean expression = !args.isEmpty() && args.get(0) instanceof Variable v && v.path().startsWith("$$");
    if (direction || expression) {
      report.warning(sort.name(), "sort-arguments", "`sort` takes a path, a type and a direction, not "
          + (direction ? "`asc` or `desc`" : "an expression") + "; this sorts in another order than it reads.",
          "Write `|sort:\"price\":\"number\":true` (path, `text`/`itext`/`number`, true for descending).");
    }
  }

  private void name(Token name, boolean query) {
    String n = name.text();
    if (!name.is(TokenKind.IDENT) || (query ? queryFilters : expressionFilters).contains(n)) {
      return;
    }
    if (Vocabulary.DOCS_ONLY_FILTERS.contains(n)) {
      report.warning(name, "unconfirmed-filter", "The filter `" + n + "` is named in the docs but not in the engine's tables.",
          "Check it with Xano before relying on it.");
      return;
    }
    if (n.equals("length") || n.equals("len") || n.equals("size")) {
      report.error(name, "unknown-filter", "`" + n + "` is no filter of expressions" + (tables.filters("dbfilter").containsKey(n) ? " (only of database columns in a query)" : "") + ".",
          "Use `count` for a list, `strlen` for text.");
      return;
    }
    if (!query && (tables.filters("dbfilter").containsKey(n) || tables.filters("aggregate").containsKey(n))) {
      String instead = Vocabulary.FOREIGN_FILTERS.get(n);
      report.error(name, "unknown-filter", "`" + n + "` is a database filter, valid only in a db.query where or eval clause.",
          instead != null && expressionFilters.contains(instead) ? "Did you mean `" + instead + "`?" : null);
      return;
    }
    Supplier<String> suggestion;
    String renamed = tables.renamed(n);
    String foreign = Vocabulary.FOREIGN_FILTERS.get(n);
    if (renamed != null && expressionFilters.contains(renamed)) {
      suggestion = () -> "Did you mean `" + renamed + "`? (`" + n + "` is the engine's internal name.)";
    } else if (foreign != null) {
      suggestion = () -> expressionFilters.contains(foreign) ? "Did you mean `" + foreign + "`?" : "XanoScript has no such filter: " + foreign + ".";
    } else {
      suggestion = Vocabulary.didYouMean(n, expressionFilters);
    }
    report.errorSuggesting(name, "unknown-filter", "Unknown filter `" + n + "`" + (query ? "" : " in an expression") + ".", suggestion);
  }

  /** Checks the raw {@code filters=} text of an input or schema field of {@code type}. */
  void inputFilters(Token raw, String type) {
    Set<String> allowed = Vocabulary.INPUT_FILTERS_BY_TYPE.get(type);
    int column = raw.column();
    for (String part : raw.text().split("\\|", -1)) {
      String n = part.contains(":") ? part.substring(0, part.indexOf(':')) : part;
      if (n.startsWith("!")) {
        n = n.substring(1); // a disabled filter
      }
      if (n.isEmpty() || n.startsWith("@")) {
        continue; // engine-internal references such as `@:dbo=36`
      }
      Token at = new Token(TokenKind.IDENT, n, raw.line(), column, raw.offset(), raw.end());
      column += part.length() + 1;
      if (n.equals("pattern") || n.equals("ok") || n.equals("prevent")) {
        return; // their argument may itself hold `|`
      }
      if (Vocabulary.INPUT_FILTERS.contains(n)) {
        if (allowed != null && !allowed.contains(n)) {
          report.error(at, "unknown-filter", "The input filter `" + n + "` does not apply to a `" + type + "` field.",
              allowed.isEmpty() ? "A `" + type + "` field takes no filters." : "A `" + type + "` field takes " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
        }
        continue;
      }
      if (n.equals("to_lower") || n.equals("to_upper")) {
        report.error(at, "unknown-filter", "`" + n + "` is a filter of expressions; input fields write it `" + n.substring(3) + "`.",
            "Write `filters=" + n.substring(3) + "`.");
        continue;
      }
      if (Vocabulary.DOCS_ONLY_INPUT_FILTERS.contains(n)) {
        report.warning(at, "unconfirmed-filter", "The input filter `" + n + "` is named in the docs but not confirmed by the engine.", null);
        continue;
      }
      String filter = n;
      Supplier<String> suggestion = switch (n) {
        case "to_lower", "lowercase" -> () -> "Did you mean `lower`?";
        case "to_upper", "uppercase" -> () -> "Did you mean `upper`?";
        case "minlen", "min_length", "minLength", "min_count" -> () -> "Did you mean `min`?";
        case "maxlen", "max_length", "maxLength", "max_count" -> () -> "Did you mean `max`?";
        default -> Vocabulary.didYouMean(filter, Vocabulary.INPUT_FILTERS);
      };
      report.errorSuggesting(at, "unknown-filter", "Unknown input filter `" + n + "`; fields take trim, lower, upper, min, max, ok, prevent, pattern and the like.",
          suggestion);
    }
  }
}
