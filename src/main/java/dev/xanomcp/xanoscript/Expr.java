package dev.xanomcp.xanoscript;

import java.util.List;

/** An expression, with the token it starts at (its line and column). */
sealed interface Expr {
  Token start();

  /** A string, number, word ({@code true}, {@code now}, a bare name) or backtick expression. */
  record Literal(Token start) implements Expr {}

  /** A variable with its path: {@code $input.user.name}, {@code $$}, {@code $items[0].id}. */
  record Variable(Token start, String path, List<Expr> indexes) implements Expr {
    public Variable {
      indexes = List.copyOf(indexes);
    }
  }

  /** {@code [a, b]} */
  record ArrayLiteral(Token start, List<Expr> items) implements Expr {
    public ArrayLiteral {
      items = List.copyOf(items);
    }
  }

  /** {@code {key: value}} */
  record ObjectLiteral(Token start, List<Entry> entries) implements Expr {
    public ObjectLiteral {
      entries = List.copyOf(entries);
    }
  }

  /** One {@code key: value} of an object literal. */
  record Entry(Token key, Expr value) {}

  /** {@code (expr)}, possibly followed by a path: {@code ($a|first).id} */
  record Group(Token start, Expr inner) implements Expr {}

  /** {@code !expr} or {@code -expr} */
  record Unary(Token start, Expr operand) implements Expr {}

  /** {@code left op right}; op may be a word in a where clause ({@code not in}). */
  record Binary(Token start, Expr left, Token operator, Expr right) implements Expr {}

  /** {@code cond ? yes : no} */
  record Ternary(Token start, Expr condition, Expr yes, Expr no) implements Expr {}

  /** {@code base|name:arg:arg|name}: a value with its filters. */
  record Filtered(Token start, Expr base, List<Filter> filters) implements Expr {
    public Filtered {
      filters = List.copyOf(filters);
    }
  }

  /** One filter: its name token and argument expressions. */
  record Filter(Token name, List<Expr> args) {
    public Filter {
      args = List.copyOf(args);
    }
  }
}
