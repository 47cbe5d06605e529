package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Expr.ArrayLiteral;
import dev.xanomcp.xanoscript.Expr.Binary;
import dev.xanomcp.xanoscript.Expr.Entry;
import dev.xanomcp.xanoscript.Expr.Filter;
import dev.xanomcp.xanoscript.Expr.Filtered;
import dev.xanomcp.xanoscript.Expr.Group;
import dev.xanomcp.xanoscript.Expr.ObjectLiteral;
import dev.xanomcp.xanoscript.Expr.Ternary;
import dev.xanomcp.xanoscript.Expr.Unary;
import dev.xanomcp.xanoscript.Expr.Variable;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the filter names of expressions against the engine's lists: expression filters
 * everywhere, and in a {@code db.query} where/eval clause also the database filters and aggregates.
 */
final class FilterCheck {
  /** The array filters whose {@code $$} expression forms the tables list only as {@code lambda_*}. */
  private static final Set<String> EXPRESSION_FORMS = Set.of("map", "filter", "find", "findIndex", "some", "every", "reduce");

  private final EngineTables tables;
  private final Report report;
  private final Set<String> expressionFilters = new HashSet<>();
  private final Set<String> queryFilters = new HashSet<>();
  private int visited;

  FilterCheck(EngineTables tables, Report report) {
    this.tables = tables;
    this.report = report;
    expressionFilters.addAll(tables.filters("pipe").keySet());
    expressionFilters.addAll(EXPRESSION_FORMS);
    queryFilters.addAll(expressionFilters);
    queryFilters.addAll(tables.filters("dbfilter").keySet());
    queryFilters.addAll(tables.filters("aggregate").keySet());
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
      a.items().forEach(i -> check(i, query));
    } else if (expr instanceof ObjectLiteral o) {
      for (Entry e : o.entries()) {
        check(e.value(), query);
      }
    } else if (expr instanceof Variable v) {
      v.indexes().forEach(i -> check(i, query));
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

  /** Checks the raw {@code filters=} text of an input or schema field. */
  void inputFilters(Token raw) {
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
