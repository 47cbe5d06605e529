package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Member.Arg;
import dev.xanomcp.xanoscript.Member.Bare;
import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Member.Body;
import dev.xanomcp.xanoscript.Member.Comment;
import dev.xanomcp.xanoscript.Member.Field;
import dev.xanomcp.xanoscript.Member.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of XanoScript bodies: constructs, statements, properties and field
 * declarations. Every body holds members of one of two forms: named members (properties and
 * blocks) or field declarations (inside {@code input}, {@code schema}, {@code output}). Errors are
 * reported and the parser skips to the end of the line, so one run finds every independent error.
 */
final class Parser {
  /** The forms a body's members take. */
  enum BodyKind {
    MEMBERS,
    FIELDS,
    EXPRESSIONS
  }

  private static final Set<String> FIELD_BLOCKS = Set.of("input", "schema", "output");
  /** Statements and branches whose header is an expression in parentheses. */
  private static final Set<String> PAREN_HEADERS = Set.of("if", "elseif", "while", "foreach", "for", "switch", "case", "precondition");
  /** Loops whose header other languages write as {@code (x as y)}, {@code (x in y)} or {@code (a; b; c)}. */
  private static final Set<String> LOOPS = Set.of("foreach", "for");
  /**
   * How deep blocks, brackets and expressions may nest (each operator of a chain counts as one
   * level): deep enough for any real code, shallow enough that parsing and every walk of the tree
   * stay far from the end of a 512 KB thread stack.
   */
  static final int MAX_DEPTH = 100;

  private final TokenStream tokens;
  private final Report report;
  private final ExpressionParser expressions;
  private final boolean placeholders;
  private Token misaligned;
  private String misalignedName;
  private boolean unclosedReported;
  private int pos;
  private int depth;
  /** The `(` of the loop header being read, so that its foreign forms get one error. */
  private Token loopHeader;
  private String loopName;

  /** A parser of {@code source}; the lexer's findings and the parser's go to {@code report}. */
  Parser(String source, Report report) {
    this(source, report, false);
  }

  /** A parser that warns about {@code ...} placeholders, when {@code placeholders}, rather than failing on them. */
  Parser(String source, Report report, boolean placeholders) {
    this.tokens = new TokenStream(source, report);
    this.report = report;
    this.placeholders = placeholders;
    this.expressions = new ExpressionParser(source, this, report);
  }

  boolean placeholders() {
    return placeholders;
  }

  /** Parses the whole input as a list of members of the given kind, up to EOF. */
  List<Member> parseTopLevel(BodyKind kind) {
    List<Member> members = members(kind, true);
    if (!peek().is(TokenKind.EOF)) {
      report.error(peek(), "unexpected-token", "Found `" + peek().text() + "` where no more code was expected.", null);
    }
    return members;
  }

  // ---- token access, shared with ExpressionParser

  Token peek() {
    return tokens.get(pos);
  }

  Token peek(int ahead) {
    return tokens.get(Math.max(0, pos + ahead));
  }

  Token next() {
    Token t = tokens.get(pos);
    if (!t.is(TokenKind.EOF)) {
      pos++;
      if ((pos & 4095) == 0) {
        tokens.release(pos);
        Checkpoint.check();
      }
    }
    return t;
  }

  boolean at(TokenKind kind) {
    return peek().is(kind);
  }

  boolean accept(TokenKind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  void skipNewlines() {
    while (at(TokenKind.NEWLINE)) {
      next();
    }
  }

  /**
   * Enters one level of nesting at {@code at}. One level too many reports it, stops the check (the
   * rest of the code is skipped, and nothing more is reported) and returns false; otherwise the
   * caller must {@link #leave()} the level when done.
   */
  boolean enter(Token at) {
    if (report.stopped()) {
      return false;
    }
    if (depth == MAX_DEPTH) {
      report.error(at, "nested-too-deep", "The code is nested deeper than " + MAX_DEPTH + " levels here; checking stopped at this point.",
          "Move the inner part into a variable or a function of its own.");
      report.stop();
      tokens.stop();
      return false;
    }
    depth++;
    return true;
  }

  void leave() {
    depth--;
  }

  // ---- bodies

  private List<Member> members(BodyKind kind, boolean topLevel) {
    List<Member> members = new ArrayList<>();
    while (true) {
      while (at(TokenKind.NEWLINE) || at(TokenKind.COMMA)) {
        next();
      }
      Token t = peek();
      if (t.is(TokenKind.EOF) || (!topLevel && t.is(TokenKind.RBRACE))) {
        return members;
      }
      if (t.is(TokenKind.RBRACE)) {
        report.error(t, "unexpected-token", "Found a `}` that closes no block.", "Remove it, or add the `{` it was meant to close.");
        next();
        continue;
      }
      if (t.is(TokenKind.COMMENT)) {
        members.add(new Comment(next()));
        continue;
      }
      int before = pos;
      Member member = switch (kind) {
        case FIELDS -> field();
        case EXPRESSIONS -> bare();
        case MEMBERS -> member();
      };
      if (member != null) {
        members.add(member);
      }
      endOfMember();
      if (pos == before) {
        next();
      }
    }
  }

  /** After a member only a newline, a comma or the end of the body may follow on the line. */
  private void endOfMember() {
    Token t = peek();
    if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.RBRACE) || t.is(TokenKind.EOF) || t.is(TokenKind.COMMA) || t.is(TokenKind.COMMENT)) {
      return;
    }
    if (t.is(TokenKind.IDENT) || t.is(TokenKind.BANG)) {
      return; // several short members on one line, as in `input { int a  text b }`
    }
    unexpected(t, "the end of the line");
    skipLine();
  }

  /** Reports {@code t} as unexpected where {@code expected} was. */
  void unexpected(Token t, String expected) {
    String found = t.is(TokenKind.EOF) ? "the end of the code" : t.is(TokenKind.NEWLINE) ? "the end of the line" : "`" + t.text() + "`";
    report.error(t, "unexpected-token", "Found " + found + " where " + expected + " was expected.", null);
  }

  /** Skips to the end of the line (over whole bracketed groups), leaving the newline or closing brace. */
  void skipLine() {
    int depth = 0;
    while (!at(TokenKind.EOF)) {
      Token t = peek();
      if (depth == 0 && (t.is(TokenKind.NEWLINE) || t.is(TokenKind.RBRACE))) {
        return;
      }
      if (t.is(TokenKind.LBRACE) || t.is(TokenKind.LBRACKET) || t.is(TokenKind.LPAREN)) {
        depth++;
      } else if (t.is(TokenKind.RBRACE) || t.is(TokenKind.RBRACKET) || t.is(TokenKind.RPAREN)) {
        depth--;
      }
      next();
    }
  }

  Body body(BodyKind kind, Token opener, String name) {
    Token open = next();
    if (!enter(open)) {
      return new Body(open, List.of(), null);
    }
    List<Member> members;
    try {
      members = members(kind, false);
    } finally {
      leave();
    }
    if (at(TokenKind.RBRACE)) {
      Token close = next();
      if (close.column() != indentOf(opener) && misaligned == null) {
        misaligned = opener;
        misalignedName = name;
      }
      return new Body(open, members, close);
    }
    if (!unclosedReported && !report.stopped()) {
      unclosedReported = true;
      // a `}` lined up with another block than its own shows where the missing one belongs
      Token at = misaligned != null ? misaligned : opener;
      String what = misaligned != null ? misalignedName : name;
      report.error(at, "unclosed-block", "The `{` of `" + what + "` at line " + at.line() + " is never closed.",
          "Add the missing `}`" + (misaligned != null ? " where this block ends." : "; check the blocks opened inside it too."));
    }
    return new Body(open, members, null);
  }

  /** The column of the first token on the line of {@code t}. */
  private int indentOf(Token t) {
    return tokens.indent(t.line());
  }

  // ---- members

  private Member member() {
    Token start = peek();
    boolean disabled = accept(TokenKind.BANG);
    if (at(TokenKind.VARIABLE) && peek(1).is(TokenKind.DOT) && peek(2).is(TokenKind.IDENT) && peek(3).is(TokenKind.LBRACE)) {
      Token variable = next();
      next();
      String name = variable.text() + "." + next().text(); // `$stream.send { ... }`, which only the docs show
      return new Block(variable, name, disabled, List.of(), body(BodyKind.MEMBERS, variable, name), null);
    }
    if (at(TokenKind.VARIABLE)) {
      return assignment();
    }
    if (!at(TokenKind.IDENT)) {
      unexpected(peek(), "a property, block or statement name");
      skipLine();
      return null;
    }
    Token first = peek();
    String name = dottedName();
    if (at(TokenKind.LPAREN) && peek().offset() == peek(-1).end() && !PAREN_HEADERS.contains(name) && calledAlone()) {
      report.error(first, "call-syntax", "`" + name + "(...)`: statements are not called like functions.",
          "Write `" + name + " { ... }` with its properties inside the braces" + (name.startsWith("math.") || name.startsWith("text.")
              ? ", or use the filter in an expression: `$a|" + name.substring(name.indexOf('.') + 1) + ":$b`." : "."));
      return null;
    }
    if (at(TokenKind.OPERATOR) && peek(1).is(TokenKind.ASSIGN) && peek(1).offset() == peek().end()) {
      Token op = next(); // `value += 1`
      next();
      report.error(op, "unknown-operator", "XanoScript has no `" + op.text() + "=`.", "Write `" + name + " = $x " + op.text() + " 1` with the whole value.");
      return new Property(first, name, expressions.expression());
    }
    if (at(TokenKind.ASSIGN)) {
      next();
      skipNewlinesBeforeValue();
      Expr value = expressions.expression();
      return new Property(first, name, value);
    }
    List<Arg> args = new ArrayList<>();
    Token alias = PAREN_HEADERS.contains(name) ? header(name, args) : args(args);
    Body body = null;
    if (at(TokenKind.ASSIGN) && args.size() == 1 && args.get(0).value() instanceof Expr.Variable) {
      body = assignedBody(name, args.get(0).value());
    } else if (at(TokenKind.LBRACE)) {
      body = body(FIELD_BLOCKS.contains(name) ? BodyKind.FIELDS : BodyKind.MEMBERS, first, name);
      if (peek().isWord("as") && (peek(1).is(TokenKind.VARIABLE) || peek(1).is(TokenKind.IDENT))) {
        next();
        alias = next();
      }
      if (alias != null && at(TokenKind.PIPE)) {
        expressions.skipFilters(); // `} as $r|get:0`, as Xano exports some aliases
      }
      if (peek().isWord("break")) {
        next();
      }
    }
    return new Block(disabled ? start : first, name, disabled, args, body, alias);
  }

  /**
   * Whether the `(` here opens the whole rest of a member, {@code name(...)} and nothing after it:
   * a statement written as a call. If so, steps past the `)`.
   */
  private boolean calledAlone() {
    int nesting = 0;
    // a call spans a line or two: looking further ahead would keep tokens for nothing
    for (int i = pos; i < pos + 256 && !tokens.get(i).is(TokenKind.EOF); i++) {
      Token t = tokens.get(i);
      if (t.is(TokenKind.LPAREN)) {
        nesting++;
      } else if (t.is(TokenKind.RPAREN) && --nesting == 0) {
        Token after = tokens.get(i + 1);
        if (after.is(TokenKind.NEWLINE) || after.is(TokenKind.EOF) || after.is(TokenKind.RBRACE) || after.is(TokenKind.COMMENT)) {
          while (pos <= i) {
            next();
          }
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * The header of {@code if}, {@code foreach} and the like: an expression in parentheses. Without
   * them, one error, and the expression read up to the `{` as if they were there.
   */
  private Token header(String name, List<Arg> args) {
    if (name.equals("precondition") && at(TokenKind.LPAREN) && peek(1).is(TokenKind.RPAREN)) {
      // Xano exports `precondition () {` from a condition left empty in its editor, and accepts it.
      Token open = next();
      next();
      report.warning(open, "empty-condition", "This `precondition` has no condition, so it never fails.",
          "Write the condition that must hold: `precondition ($input.id > 0) {`.");
      return null;
    }
    if (at(TokenKind.LPAREN)) {
      loopHeader = LOOPS.contains(name) ? peek() : null;
      loopName = name;
      return args(args);
    }
    Token at = peek();
    if (at.is(TokenKind.LBRACE) || at.is(TokenKind.NEWLINE) || at.is(TokenKind.EOF)) {
      return null;
    }
    report.error(at, "missing-parentheses", "The " + (name.equals("case") ? "value" : "expression") + " of `" + name + "` goes in parentheses.",
        "Write `" + name + " (" + Report.cut(at.text()) + " ...) {`.");
    args.add(new Arg(at, null, new Expr.Group(at, expressions.expression())));
    if (!at(TokenKind.LBRACE)) {
      skipToBrace();
    }
    return null;
  }

  /** Whether {@code open} is the `(` of a {@code foreach} or {@code for} header, and which. */
  String loopOf(Token open) {
    return open == loopHeader ? loopName : null;
  }

  /**
   * {@code $x = value} among statements, or {@code $x.key = value}: reported, and read as the
   * {@code var.update} it should be.
   */
  private Member assignment() {
    Token start = peek();
    Expr target = expressions.primary();
    if (!at(TokenKind.ASSIGN)) {
      unexpected(at(TokenKind.NEWLINE) || at(TokenKind.EOF) ? start : peek(), "a statement");
      skipLine();
      return null;
    }
    Token assign = next();
    report.error(start, "assignment", "XanoScript has no assignment with `=` among statements.",
        "Write `var.update " + Report.cut(target.start().text()) + " { value = ... }` (or `var` to declare it).");
    Expr value = expressions.expression();
    return new Block(start, "var.update", false, List.of(new Arg(start, null, target)), new Body(assign, List.of(new Property(assign, "value", value)), assign), null);
  }

  /** {@code var $x = value}: reported, and read as {@code var $x { value = value }}. */
  private Body assignedBody(String name, Expr target) {
    Token assign = next();
    report.error(assign, "assignment", "`" + name + "` takes its value in braces, not after `=`.",
        "Write `var " + Report.cut(target.start().text()) + " { value = ... }` to declare it, `var.update` to change it.");
    Expr value = expressions.expression();
    return new Body(assign, List.of(new Property(assign, "value", value)), assign);
  }

  /** Skips to the `{` that opens the body on this line (left for the caller), or to the end of the line. */
  private void skipToBrace() {
    int nesting = 0;
    while (!at(TokenKind.EOF) && !at(TokenKind.NEWLINE)) {
      if (nesting == 0 && at(TokenKind.LBRACE)) {
        return;
      }
      if (at(TokenKind.LPAREN) || at(TokenKind.LBRACKET)) {
        nesting++;
      } else if ((at(TokenKind.RPAREN) || at(TokenKind.RBRACKET)) && nesting > 0) {
        nesting--;
      }
      next();
    }
  }

  private void skipNewlinesBeforeValue() {
    if (at(TokenKind.NEWLINE)) {
      unexpected(peek(), "a value after `=`");
      skipNewlines();
    }
  }

  /** {@code name(.name)*}, as in {@code db.query} or {@code cloud.aws.s3.upload_file}. */
  String dottedName() {
    StringBuilder name = new StringBuilder(next().text());
    while (at(TokenKind.DOT) && peek(1).is(TokenKind.IDENT)) {
      next();
      name.append('.').append(next().text());
    }
    return name.toString();
  }

  /** The arguments before a block's braces; returns the {@code as} variable, if any. */
  private Token args(List<Arg> args) {
    Token alias = null;
    while (true) {
      Token t = peek();
      switch (t.kind()) {
        case NEWLINE, EOF, LBRACE, RBRACE, COMMENT -> {
          return alias;
        }
        case IDENT -> {
          if (t.text().equals("as") && (peek(1).is(TokenKind.VARIABLE) || peek(1).is(TokenKind.IDENT))) {
            next();
            alias = next();
          } else if (peek(1).is(TokenKind.OPERATOR, "/") && peek(1).offset() == t.end()) {
            args.add(new Arg(t, null, new Expr.Literal(t)));
            unquotedPath();
          } else if (peek(1).is(TokenKind.ASSIGN)) {
            next();
            next();
            args.add(new Arg(t, t.text(), expressions.primary()));
          } else {
            args.add(new Arg(t, null, new Expr.Literal(next())));
          }
        }
        case LPAREN -> args.add(new Arg(t, null, expressions.expression()));
        case STRING, NUMBER, EXPRESSION, VARIABLE -> args.add(new Arg(t, null, expressions.primary()));
        case ASSIGN -> {
          if (args.size() == 1 && args.get(0).value() instanceof Expr.Variable) {
            return alias; // `var $x = value`, reported by the caller
          }
          unexpected(t, "`{` or the end of the line");
          skipToBrace();
          return alias;
        }
        default -> {
          unexpected(t, "`{` or the end of the line");
          skipToBrace();
          return alias;
        }
      }
    }
  }

  /** Skips an unquoted path name such as {@code crypto/verify} or {@code books/{book_id}}. */
  private void unquotedPath() {
    next();
    while (peek().offset() == peek(-1).end()) {
      if (at(TokenKind.IDENT) || at(TokenKind.NUMBER) || peek().is(TokenKind.OPERATOR, "/") || peek().is(TokenKind.OPERATOR, "-")) {
        next();
      } else if (at(TokenKind.LBRACE) && peek(1).is(TokenKind.IDENT) && peek(2).is(TokenKind.RBRACE)) {
        next();
        next();
        next();
      } else {
        return;
      }
    }
  }

  private Member bare() {
    Token start = peek();
    Expr value = expressions.expression();
    return new Bare(start, value);
  }

  /** A {@code ...} placeholder, in code an assistant passes: a warning. */
  static void placeholder(Report report, Token at) {
    report.warning(at, "placeholder", "`...` stands for code left out; it is no code itself.", "Replace it with real code before pushing.");
  }

  // ---- field declarations

  private Member field() {
    Token start = peek();
    accept(TokenKind.BANG);
    if (!at(TokenKind.IDENT)) {
      unexpected(peek(), "a field declaration such as `text name`");
      skipLine();
      return null;
    }
    Token type = next();
    if (type.isWord("...") && placeholders) {
      placeholder(report, type);
      return null;
    }
    if (at(TokenKind.ASSIGN)) {
      unexpected(peek(), "a field name after the type `" + type.text() + "`");
      skipLine();
      return null;
    }
    boolean nullable = accept(TokenKind.QUESTION);
    int depth = 0;
    while (at(TokenKind.LBRACKET)) {
      Token open = next();
      while (!at(TokenKind.RBRACKET) && !at(TokenKind.NEWLINE) && !at(TokenKind.EOF)) {
        next();
      }
      if (!accept(TokenKind.RBRACKET)) {
        unexpected(peek(), "`]`");
      }
      depth++;
      if (depth == 2) {
        report.error(open, "nested-array-type", "`" + type.text() + "[][]`: XanoScript has no nested array types.",
            "Declare the field as `json` and keep the nested arrays in it.");
      }
    }
    nullable |= accept(TokenKind.QUESTION);
    Token name = null;
    if (at(TokenKind.IDENT) || at(TokenKind.STRING)) {
      name = next();
      accept(TokenKind.QUESTION);
    } else if (!at(TokenKind.LBRACE) || !type.text().equals("dblink")) {
      unexpected(peek(), "the name of the `" + type.text() + "` field");
      skipLine();
      return null;
    }
    Expr defaultValue = null;
    if (accept(TokenKind.ASSIGN)) {
      defaultValue = expressions.primaryWithSign();
    }
    Token filters = null;
    while (at(TokenKind.IDENT) && peek(1).is(TokenKind.ASSIGN)) {
      Token key = next();
      next();
      if (at(TokenKind.RAW)) {
        filters = next();
      } else {
        report.error(key, "unexpected-token", "Found `" + key.text() + "=` after the field `" + (name == null ? type.text() : name.text())
            + "`; only `filters=` may follow a field name.", null);
        skipLine();
        return null;
      }
    }
    Body body = null;
    if (at(TokenKind.LBRACE)) {
      body = body(BodyKind.MEMBERS, type, type.text());
    }
    return new Field(start, type.text(), nullable, depth, name, defaultValue, filters, body);
  }
}
