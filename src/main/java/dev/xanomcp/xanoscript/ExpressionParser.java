package dev.xanomcp.xanoscript;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses expressions the way the XanoScript engine does: a value, its filters, then at most one
 * operator whose right side is again a whole expression (so there is no precedence to get wrong,
 * only grouping). A filter's arguments are whole expressions too. A value that carries filters
 * and is followed by an operator at the same level is the engine's "wrap it in parentheses" error.
 */
final class ExpressionParser {
  /** Operators written as words, used in {@code db.query} where clauses. */
  private static final Set<String> WORD_OPERATORS = Set.of(
      "in", "between", "contains", "includes", "like", "ilike", "overlaps", "search", "not");

  /** Types of the cast values the engine exports: {@code !int "42"}. */
  private static final Set<String> CASTS = Set.of("int", "bool", "array", "text", "expr", "decimal", "object", "timestamp", "json");

  private final String source;
  private final Parser p;
  private final Report report;

  ExpressionParser(String source, Parser parser, Report report) {
    this.source = source;
    this.p = parser;
    this.report = report;
  }

  Expr expression() {
    Token start = p.peek();
    if (!p.enter(start)) {
      return new Literal(start);
    }
    try {
      return filteredExpression(start);
    } finally {
      p.leave();
    }
  }

  private Expr filteredExpression(Token start) {
    Expr value = prefixed();
    boolean filtered = false;
    List<Filter> filters = new ArrayList<>();
    while (p.at(TokenKind.PIPE) || (p.at(TokenKind.NEWLINE) && p.peek(1).is(TokenKind.PIPE))) {
      p.skipNewlines();
      p.next();
      filters.add(filter());
      filtered = true;
    }
    if (filtered) {
      value = new Filtered(start, value, filters);
    }
    Token op = operator();
    if (op != null) {
      if (filtered && filters.get(filters.size() - 1).args().isEmpty()) {
        String text = excerpt(start.offset(), op.offset());
        report.error(start, "filter-needs-parentheses",
            "`" + text + " " + op.text() + "` applies `" + op.text() + "` to a filtered value without parentheses.",
            "Write `(" + text + ") " + op.text() + " ...`.");
      }
      p.accept(TokenKind.QUESTION); // null-safe forms such as `==?`
      if (foreignOperator(op)) {
        return value;
      }
      p.skipNewlines();
      return new Binary(start, value, op, expression());
    }
    if (p.at(TokenKind.QUESTION)) {
      if (filtered && filters.get(filters.size() - 1).args().isEmpty()) {
        String text = excerpt(start.offset(), p.peek().offset());
        report.error(start, "filter-needs-parentheses", "`" + text + " ?` uses a filtered value as a condition without parentheses.",
            "Write `(" + text + ") ? ... : ...`.");
      }
      p.next();
      p.skipNewlines();
      Expr yes = expression();
      p.skipNewlines();
      if (!p.accept(TokenKind.COLON)) {
        p.unexpected(p.peek(), "`:` of the `? :` expression");
        return value;
      }
      p.skipNewlines();
      return new Ternary(start, value, yes, expression());
    }
    return value;
  }

  /** At most the first 60 characters of the source from {@code from} to {@code to}, for a message. */
  private String excerpt(int from, int to) {
    return source.substring(from, Math.min(to, from + 60)).strip();
  }

  /**
   * Whether {@code op}, just read, starts an operator other languages have (`**`, `++`, `+=`, `=>`,
   * `<>`): reported, with its second character consumed. True when it ends the expression (`$i++`).
   */
  private boolean foreignOperator(Token op) {
    Token second = p.peek();
    if (!(second.is(TokenKind.OPERATOR) || second.is(TokenKind.ASSIGN)) || second.offset() != op.end()) {
      return false;
    }
    String both = op.text() + second.text();
    String instead = Vocabulary.FOREIGN_OPERATORS.get(both);
    if (instead == null) {
      return false;
    }
    p.next();
    report.error(op, "unknown-operator", "XanoScript has no `" + both + "` operator.", instead);
    return both.equals("++") || both.equals("--");
  }

  /** The binary operator at the current token, consumed, or null. */
  private Token operator() {
    Token t = p.peek();
    if (t.is(TokenKind.OPERATOR) || t.is(TokenKind.ASSIGN)) {
      return p.next();
    }
    if (t.is(TokenKind.IDENT) && (t.text().equals("and") || t.text().equals("or"))) {
      report.error(t, "unknown-operator", "XanoScript has no `" + t.text() + "` operator.",
          "Write `" + (t.text().equals("and") ? "&&" : "||") + "`, with each side in parentheses: `($a > 1) " + (t.text().equals("and") ? "&&" : "||") + " ($b < 5)`.");
      return p.next();
    }
    if (t.is(TokenKind.IDENT) && WORD_OPERATORS.contains(t.text())) {
      Token op = p.next();
      if (op.text().equals("not") && p.at(TokenKind.IDENT) && WORD_OPERATORS.contains(p.peek().text())) {
        p.next();
      }
      return op;
    }
    return null;
  }

  /** Parses and drops filters that follow where no value takes them. */
  void skipFilters() {
    while (p.accept(TokenKind.PIPE)) {
      filter();
    }
  }

  private Filter filter() {
    p.accept(TokenKind.BANG);
    Token name = p.peek();
    if (!name.is(TokenKind.IDENT)) {
      p.unexpected(name, "a filter name after `|`");
      return new Filter(name, List.of());
    }
    p.next();
    List<Expr> args = new ArrayList<>();
    while (p.accept(TokenKind.COLON)) {
      args.add(expression());
    }
    return new Filter(name, args);
  }

  private Expr prefixed() {
    Token t = p.peek();
    if (t.is(TokenKind.BANG) && p.peek(1).is(TokenKind.IDENT) && CASTS.contains(p.peek(1).text()) && p.peek(2).is(TokenKind.STRING)) {
      p.next();
      p.next();
      return accessors(new Literal(p.next())); // a cast value such as `!text "..."`, as Xano exports it
    }
    boolean bang = t.is(TokenKind.BANG);
    if (bang || t.is(TokenKind.OPERATOR, "-") || t.is(TokenKind.OPERATOR, "+")) {
      p.next();
      if (!bang && !p.at(TokenKind.NUMBER)) {
        report.error(t, "unary-minus", "`" + t.text() + "` stands before a value that is not a number; XanoScript has no unary minus.",
            "Write `0 - value`.");
      }
      if (!p.enter(t)) {
        return new Literal(t);
      }
      try {
        return new Unary(t, prefixed());
      } finally {
        p.leave();
      }
    }
    return primary();
  }

  /** A default value of a field: a value, possibly negative. */
  Expr primaryWithSign() {
    Token t = p.peek();
    if (t.is(TokenKind.OPERATOR, "-")) {
      p.next();
      return new Unary(t, primary());
    }
    return primary();
  }

  /** One value with its path or index accessors, without filters or operators. */
  Expr primary() {
    while (p.at(TokenKind.COMMENT)) {
      commentInside(p.next(), "an expression");
    }
    Token t = p.peek();
    Expr value = switch (t.kind()) {
      case STRING, NUMBER, EXPRESSION -> new Literal(p.next());
      case IDENT -> call(p.next());
      case PIPE -> {
        // a filter used as a value, `(|create_uid)`
        skipFilters();
        yield new Literal(t);
      }
      case VARIABLE -> variable();
      case LPAREN -> group();
      case LBRACKET -> array();
      case LBRACE -> object();
      default -> {
        p.unexpected(t, "a value");
        yield new Literal(t);
      }
    };
    return accessors(value);
  }

  /**
   * A word, or a call such as {@code dbAddonAttr("name", {...})} when a `(` follows it directly; a
   * call of a function other languages have ({@code round($x)}) is reported.
   */
  private Expr call(Token word) {
    if (p.at(TokenKind.LPAREN) && p.peek().offset() == word.end()) {
      String instead = Vocabulary.FOREIGN_FUNCTIONS.get(word.text());
      if (instead != null) {
        report.error(word, "call-syntax", "`" + word.text() + "(...)` is no XanoScript: it has no functions to call.", instead);
      }
      return arguments(word);
    }
    return new Literal(word);
  }

  /** The `( ... )` of a call, read and dropped; the call stands for a value, its `(`, so that the callee is not read as a word. */
  private Expr arguments(Token callee) {
    Token open = p.next();
    while (!p.at(TokenKind.RPAREN) && !p.at(TokenKind.EOF)) {
      p.skipNewlines();
      expression();
      p.skipNewlines();
      if (!p.accept(TokenKind.COMMA)) {
        break;
      }
    }
    expect(TokenKind.RPAREN, "`)` to close the call of `" + callee.text() + "`");
    return new Literal(open);
  }

  /** Whether a `(` follows the last token directly: a call. */
  private boolean atCall() {
    return p.at(TokenKind.LPAREN) && p.peek().offset() == lastEnd();
  }

  /** {@code $value.name(...)}: reported, the arguments read and dropped. */
  private void methodCall(Token name) {
    report.error(name, "method-call", "`." + name.text() + "(...)`: values have no methods in XanoScript.", Vocabulary.method(name.text()));
    arguments(name);
  }

  private Expr variable() {
    Token start = p.next();
    StringBuilder path = new StringBuilder(start.text());
    List<Expr> indexes = new ArrayList<>();
    if (start.text().equals("$") && p.at(TokenKind.STRING) && p.peek().offset() == start.end()) {
      path.append(p.next().text());
    }
    while (true) {
      if (p.at(TokenKind.DOT) && p.peek(1).is(TokenKind.LBRACKET) && p.peek().offset() == lastEnd()) {
        p.next(); // `.["key"]`, as Xano exports some paths
      }
      if (p.at(TokenKind.DOT) && p.peek(1).is(TokenKind.LBRACE) && p.peek(2).is(TokenKind.RBRACE) && p.peek().offset() == lastEnd()) {
        p.next(); // `$db.{}`, as Xano exports some references
        p.next();
        p.next();
      } else if (p.at(TokenKind.DOT) && (p.peek(1).is(TokenKind.IDENT) || p.peek(1).is(TokenKind.VARIABLE) || p.peek(1).is(TokenKind.NUMBER)
          || p.peek(1).is(TokenKind.STRING)) && p.peek(1).offset() == p.peek().end()) {
        p.next();
        Token segment = p.next();
        if (segment.is(TokenKind.IDENT) && atCall()) {
          methodCall(segment);
          return new Variable(start, path.toString(), indexes);
        }
        path.append('.').append(segment.text());
        while (segment.is(TokenKind.IDENT) && p.peek().is(TokenKind.OPERATOR, "-") && p.peek().offset() == lastEnd()
            && p.peek(1).is(TokenKind.IDENT) && p.peek(1).offset() == p.peek().end()) {
          p.next(); // a header name with dashes: `$env.$http_headers.X-Shop-Domain`
          segment = p.next();
          path.append('-').append(segment.text());
        }
      } else if (p.at(TokenKind.LBRACKET) && p.peek().offset() == lastEnd()) {
        p.next();
        p.skipNewlines();
        indexes.add(expression());
        p.skipNewlines();
        expect(TokenKind.RBRACKET, "`]`");
      } else {
        return new Variable(start, path.toString(), indexes);
      }
    }
  }

  private Expr accessors(Expr value) {
    // a word with a dotted path (`math.random`) is a namespace, anything else a value
    StringBuilder dotted = value instanceof Literal l && l.start().is(TokenKind.IDENT) ? new StringBuilder(l.start().text()) : null;
    while (true) {
      if (p.at(TokenKind.DOT) && p.peek(1).is(TokenKind.LBRACKET) && p.peek().offset() == lastEnd()) {
        p.next();
      }
      if (p.at(TokenKind.DOT) && p.peek().offset() == lastEnd() && (p.peek(1).is(TokenKind.IDENT) || p.peek(1).is(TokenKind.NUMBER))) {
        p.next();
        Token segment = p.next();
        if (dotted != null) {
          dotted.append('.').append(segment.text());
        }
        if (atCall() && dotted != null) {
          report.error(value.start(), "call-syntax", "`" + dotted + "(...)` is no XanoScript: it has no functions to call.", Vocabulary.call(dotted.toString()));
          value = arguments(segment);
          dotted = null;
        } else if (atCall()) {
          methodCall(segment);
        }
      } else if (p.at(TokenKind.LBRACKET) && p.peek().offset() == lastEnd()) {
        p.next();
        expression();
        expect(TokenKind.RBRACKET, "`]`");
        dotted = null;
      } else {
        return value;
      }
    }
  }

  private int lastEnd() {
    return p.peek(-1).end();
  }

  private Expr group() {
    Token open = p.next();
    p.skipNewlines();
    Expr inner = expression();
    p.skipNewlines();
    String loop = p.loopOf(open);
    if (loop != null && !p.at(TokenKind.RPAREN) && !p.at(TokenKind.EOF)) {
      foreignLoop(loop, p.peek());
      return new Group(open, new Literal(open));
    }
    expect(TokenKind.RPAREN, "`)` to close the `(` at line " + open.line());
    return new Group(open, inner);
  }

  /** A loop header in another language's form, {@code (x as y)} or {@code (i = 0; i < n; i++)}: one error, and on to its `)`. */
  private void foreignLoop(String loop, Token at) {
    String hint = loop.equals("for") && !at.isWord("as") && !at.isWord("in") && !at.isWord("of")
        ? "XanoScript counts with `for (10) { each as $i { ... } }` ($i from 0 to 9); to walk a list use `foreach ($list) { each as $item { ... } }`."
        : "Write `foreach ($list) { each as $item { ... } }`: the list in parentheses, the item named by `each as`.";
    report.error(at, "loop-header", "The parentheses of `" + loop + "` hold one expression, " + (loop.equals("for") ? "the count" : "the list")
        + "; `" + at.text() + "` starts another language's loop.", hint);
    int nesting = 0;
    while (!p.at(TokenKind.EOF)) {
      if (p.at(TokenKind.LPAREN)) {
        nesting++;
      } else if (p.at(TokenKind.RPAREN)) {
        if (nesting == 0) {
          p.next();
          return;
        }
        nesting--;
      } else if (p.at(TokenKind.LBRACE) && nesting == 0) {
        return;
      }
      p.next();
    }
  }

  private Expr array() {
    Token open = p.next();
    List<Expr> items = new ArrayList<>();
    Token last = null;
    while (true) {
      separators();
      if (p.at(TokenKind.RBRACKET)) {
        p.next();
        return new ArrayLiteral(open, items);
      }
      if (p.at(TokenKind.EOF) || p.at(TokenKind.RBRACE)) {
        report.error(open, "unclosed-bracket", "The `[` at line " + open.line() + " is never closed.", "Add the missing `]`.");
        return new ArrayLiteral(open, items);
      }
      if (p.peek() == last) {
        p.next(); // no progress after an error: step over the token
        continue;
      }
      last = p.peek();
      Expr item = expression();
      items.add(item);
      if (item instanceof Literal l && l.start().is(TokenKind.IDENT)) {
        // Xano exports arrays of unquoted words, `[Bill of Materials, $id]`: the words run to the comma
        while (!p.at(TokenKind.COMMA) && !p.at(TokenKind.RBRACKET) && !p.at(TokenKind.NEWLINE) && !p.at(TokenKind.EOF)) {
          p.next();
        }
      }
      if (!p.at(TokenKind.COMMA) && !p.at(TokenKind.NEWLINE) && !p.at(TokenKind.RBRACKET) && !p.at(TokenKind.COMMENT)) {
        p.unexpected(p.peek(), "`,` or `]`");
        skipTo(TokenKind.RBRACKET);
      }
    }
  }

  private Expr object() {
    Token open = p.next();
    List<Entry> entries = new ArrayList<>();
    Token last = null;
    while (true) {
      separators();
      if (p.at(TokenKind.RBRACE)) {
        p.next();
        return new ObjectLiteral(open, entries);
      }
      if (p.at(TokenKind.EOF)) {
        report.error(open, "unclosed-block", "The `{` of the object at line " + open.line() + " is never closed.", "Add the missing `}`.");
        return new ObjectLiteral(open, entries);
      }
      if (p.peek() == last) {
        p.next(); // no progress after an error: step over the token
        continue;
      }
      last = p.peek();
      p.accept(TokenKind.BANG);
      Token key = p.peek();
      if (key.isWord("...") && p.placeholders()) {
        Parser.placeholder(report, p.next());
        continue;
      }
      if (key.is(TokenKind.IDENT) || key.is(TokenKind.NUMBER)) {
        p.next();
        while (p.at(TokenKind.DOT) && (p.peek(1).is(TokenKind.IDENT) || p.peek(1).is(TokenKind.NUMBER))) {
          p.next();
          p.next();
        }
      } else if (key.is(TokenKind.STRING) || key.is(TokenKind.VARIABLE)) {
        primary();
      } else {
        p.unexpected(key, "an object key");
        skipTo(TokenKind.RBRACE);
        continue;
      }
      if (!p.at(TokenKind.COLON)) {
        if (p.at(TokenKind.ASSIGN)) {
          report.error(p.peek(), "object-uses-equals", "Object entries are written `key: value`, not `key = value`.",
              "Write `" + key.text() + ": ...`.");
        } else {
          p.unexpected(p.peek(), "`:` after the key `" + key.text() + "`");
          skipTo(TokenKind.RBRACE);
          continue;
        }
      }
      p.next();
      p.skipNewlines();
      entries.add(new Entry(key, expression()));
      if (!p.at(TokenKind.COMMA) && !p.at(TokenKind.NEWLINE) && !p.at(TokenKind.RBRACE) && !p.at(TokenKind.COMMENT)) {
        p.unexpected(p.peek(), "`,`, a new line or `}`");
        skipTo(TokenKind.RBRACE);
      }
    }
  }

  /** Commas and newlines between items; a comment there is an error. */
  private void separators() {
    while (true) {
      if (p.at(TokenKind.COMMA) || p.at(TokenKind.NEWLINE)) {
        p.next();
      } else if (p.at(TokenKind.COMMENT)) {
        commentInside(p.next(), "an object or array literal");
      } else {
        return;
      }
    }
  }

  private void commentInside(Token comment, String where) {
    report.error(comment, "comment-in-expression", "A `//` comment stands inside " + where + "; XanoScript allows comments only between statements and block members.",
        "Move the comment above the statement.");
  }

  /** Skips to the closing {@code kind} of the current list (not consuming it) or to the end of the line. */
  private void skipTo(TokenKind kind) {
    int depth = 0;
    while (!p.at(TokenKind.EOF)) {
      Token t = p.peek();
      if (depth == 0 && (t.is(kind) || t.is(TokenKind.NEWLINE))) {
        return;
      }
      if (t.is(TokenKind.LBRACE) || t.is(TokenKind.LBRACKET) || t.is(TokenKind.LPAREN)) {
        depth++;
      } else if (t.is(TokenKind.RBRACE) || t.is(TokenKind.RBRACKET) || t.is(TokenKind.RPAREN)) {
        if (depth == 0) {
          return;
        }
        depth--;
      }
      p.next();
    }
  }

  private void expect(TokenKind kind, String what) {
    if (!p.accept(kind)) {
      p.unexpected(p.peek(), what);
    }
  }
}
