package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits XanoScript into tokens, one at a time as the parser asks for them, so that the tokens the
 * tree does not keep are garbage at once. Newlines are kept (they separate members); a {@code //}
 * comment counts only when nothing but blanks stands before it on its line, as in the engine: a
 * comment after code is reported and skipped.
 */
final class Lexer {
  private static final String[] OPERATORS = {
    "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "??", "!~", "@>", "..", "<", ">", "+", "-", "*", "/", "%", "~"
  };

  /** Every one-character text, so that the many one-character tokens share them. */
  private static final String[] SINGLE = new String[128];
  /** Texts longer than this are not shared: the table is for the names and numbers code repeats. */
  private static final int SHARED_LENGTH = 32;

  static {
    for (char c = 0; c < SINGLE.length; c++) {
      SINGLE[c] = String.valueOf(c).intern();
    }
  }

  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}[+-]\\d{4}");

  private final String src;
  private final Report report;
  /** Tokens read but not yet handed out: one step of reading may make two. */
  private final ArrayDeque<Token> pending = new ArrayDeque<>();
  /** The column of the first token of each line, by line number. */
  private int[] indents = new int[64];
  private Token eof;
  /** One copy of each short text: code repeats its names, and each token would otherwise hold its own. */
  private final Map<String, String> texts = new HashMap<>();
  private int pos;
  private int count;
  private int line = 1;
  private int lineStart;
  /** Where a backtick was found never closed: a later one cannot be closed either, so it is not searched again. */
  private int unclosedBacktick = -1;

  /** A lexer of {@code src}; problems go to {@code report}. */
  Lexer(String src, Report report) {
    this.src = src;
    this.report = report;
  }

  /** The next token; at the end, the EOF token every time. */
  Token next() {
    while (pending.isEmpty()) {
      if (eof != null) {
        return eof;
      }
      if (pos < src.length()) {
        step();
      } else {
        eof = new Token(TokenKind.EOF, "", line, pos - lineStart + 1, pos, pos);
        return eof;
      }
    }
    return pending.poll();
  }

  /** The column of the first token on {@code line}, once that token was read (else 0). */
  int indent(int line) {
    return line < indents.length ? indents[line] : 0;
  }

  /** Reads what starts at {@code pos}: a token, or blanks, or a mistake that is reported. */
  private void step() {
    char c = src.charAt(pos);
    int start = pos;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\uFEFF') {
      pos++;
    } else if (c == '\n') {
      pos++;
      add(TokenKind.NEWLINE, start);
      line++;
      lineStart = pos;
    } else if (c == '/' && peek(1) == '/') {
      comment(start);
    } else if (c == '#' || (c == '/' && peek(1) == '*')) {
      foreignComment(c, start);
    } else if (c == '"' || c == '\'') {
      quoted(c, start);
    } else if (c == '`') {
      backtick(start);
    } else if (Character.isDigit(c)) {
      number(start);
    } else if (c == '$') {
      variable(start);
    } else if (isIdentStart(c)) {
      identifier(start);
    } else {
      punctuation(c, start);
    }
  }

  private void comment(int start) {
    boolean ownLine = true;
    for (int i = start - 1; i >= lineStart; i--) {
      char b = src.charAt(i);
      if (b != ' ' && b != '\t' && b != '\r' && b != '\uFEFF') {
        ownLine = false;
        break;
      }
    }
    while (pos < src.length() && src.charAt(pos) != '\n') {
      pos++;
    }
    if (ownLine) {
      add(TokenKind.COMMENT, start);
    } else {
      report.error(token(TokenKind.COMMENT, start), "trailing-comment",
          "A `//` comment follows code on this line; XanoScript comments must stand on their own line.",
          "Move the comment to its own line above the code.");
    }
  }

  /** A {@code #} or {@code /* *}{@code /} comment of another language: one error, and skipped. */
  private void foreignComment(char c, int start) {
    report.add(line, start - lineStart + 1, Severity.ERROR, "unexpected-character",
        "XanoScript has no `" + (c == '#' ? "#" : "/* */") + "` comments.", "Write `//` comments, each on a line of its own.");
    if (c == '#') {
      while (pos < src.length() && src.charAt(pos) != '\n') {
        pos++;
      }
      return;
    }
    int close = src.indexOf("*/", start + 2);
    int end = close < 0 ? src.length() : close + 2;
    for (int i = start; i < end; i++) {
      if (src.charAt(i) == '\n') {
        push(new Token(TokenKind.NEWLINE, "\n", line, i - lineStart + 1, i, i + 1));
        newline(i);
      }
    }
    pos = end;
  }

  private void quoted(char quote, int start) {
    if (peek(1) == quote && peek(2) == quote) {
      triple(String.valueOf(quote).repeat(3), TokenKind.STRING, start);
      return;
    }
    pos++;
    while (pos < src.length() && src.charAt(pos) != '\n') {
      char c = src.charAt(pos);
      if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) != '\n') {
        pos += 2;
      } else if (c == quote) {
        pos++;
        add(TokenKind.STRING, start);
        return;
      } else {
        pos++;
      }
    }
    // real code never breaks a quoted string over lines: the quote is missing on this line
    report.add(line, start - lineStart + 1, Severity.ERROR, "unterminated-string",
        "This " + (quote == '"' ? "string" : "single-quoted string") + " is never closed on its line.",
        "Add the closing " + quote + " before the end of the line.");
    add(TokenKind.STRING, start);
  }

  private void backtick(int start) {
    if (peek(1) == '`' && peek(2) == '`') {
      triple("```", TokenKind.EXPRESSION, start);
      return;
    }
    int startLine = line;
    int startLineStart = lineStart;
    pos++;
    while (pos < src.length() && unclosedBacktick < 0) {
      char c = src.charAt(pos);
      if (c == '\\' && pos + 1 < src.length()) {
        pos += 2;
      } else if (c == '`') {
        pos++;
        add(TokenKind.EXPRESSION, start);
        return;
      } else {
        if (c == '\n') {
          newline(pos);
        }
        pos++;
      }
    }
    unclosedBacktick = start;
    line = startLine;
    lineStart = startLineStart;
    report.add(line, start - lineStart + 1, Severity.ERROR, "unterminated-string",
        "This backtick expression is never closed.", "Add the closing ` after the expression.");
    // go on after the opening line so that later errors are still found
    int eol = src.indexOf('\n', start);
    pos = eol < 0 ? src.length() : eol;
  }

  /** A multi-line string or expression: {@code """} ... {@code """} (the closing one on its own line). */
  private void triple(String fence, TokenKind kind, int start) {
    int startLine = line;
    int startColumn = start - lineStart + 1;
    int close = src.indexOf(fence, start + 3);
    if (close < 0) {
      pos = start;
      report.add(startLine, startColumn, Severity.ERROR, "unterminated-string",
          "This " + fence + " block is never closed.", "Close it with " + fence + " on a line of its own.");
      pos = src.length();
      return;
    }
    for (int i = start; i < close; i++) {
      if (src.charAt(i) == '\n') {
        newline(i);
      }
    }
    pos = close + 3;
    push(new Token(kind, text(start, pos), startLine, startColumn, start, pos));
  }

  private void number(int start) {
    Matcher stamp = TIMESTAMP.matcher(src).region(start, src.length());
    if (stamp.lookingAt()) {
      pos = stamp.end();
      add(TokenKind.STRING, start); // a timestamp literal, as exported in task schedules
      return;
    }
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      pos++;
    }
    if (peek(0) == '.' && Character.isDigit(peek(1))) {
      pos++;
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        pos++;
      }
    }
    if ((peek(0) == 'e' || peek(0) == 'E') && (Character.isDigit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && Character.isDigit(peek(2))))) {
      pos += 2;
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        pos++;
      }
    }
    add(TokenKind.NUMBER, start);
  }

  private void variable(int start) {
    pos++;
    if (peek(0) == '$') {
      pos++;
    } else {
      while (pos < src.length() && isIdentPart(src.charAt(pos))) {
        pos++;
      }
    }
    add(TokenKind.VARIABLE, start);
  }

  private void identifier(int start) {
    while (pos < src.length() && isIdentPart(src.charAt(pos))) {
      pos++;
    }
    add(TokenKind.IDENT, start);
    if (pos - start == 7 && src.startsWith("filters", start)) {
      filtersValue();
    }
  }

  /**
   * The value of {@code filters=} in a field declaration is raw text up to the next blank outside
   * a quoted argument: it may hold regular expressions ({@code pattern:^[a-z]+$}) and quoted
   * arguments with blanks ({@code pattern:"^[a-z]+$":"Invalid name"}). A value that starts quoted
   * or bracketed stays an ordinary expression.
   */
  private void filtersValue() {
    int i = pos;
    while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i++;
    }
    if (i >= src.length() || src.charAt(i) != '=' || (i + 1 < src.length() && src.charAt(i + 1) == '=')) {
      return;
    }
    int eq = i++;
    while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i++;
    }
    if (i >= src.length() || Character.isWhitespace(src.charAt(i)) || "\"'{[$`(".indexOf(src.charAt(i)) >= 0) {
      return;
    }
    pos = eq + 1;
    add(TokenKind.ASSIGN, eq);
    pos = i;
    while (pos < src.length() && !Character.isWhitespace(src.charAt(pos))) {
      if (src.charAt(pos) == '"') {
        skipQuoted();
      } else {
        pos++;
      }
    }
    add(TokenKind.RAW, i);
  }

  /** Past a double-quoted argument inside a raw value (escapes honoured), or to the end of its line if it is not closed there. */
  private void skipQuoted() {
    pos++;
    while (pos < src.length() && src.charAt(pos) != '"' && src.charAt(pos) != '\n') {
      pos += src.charAt(pos) == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) != '\n' ? 2 : 1;
    }
    if (pos < src.length() && src.charAt(pos) == '"') {
      pos++;
    }
  }

  private void punctuation(char c, int start) {
    if (c == '.' && peek(1) == '.' && peek(2) == '.') {
      pos += 3;
      add(TokenKind.IDENT, start); // the `...` placeholder of documentation snippets
      return;
    }
    if (c == '.' && peek(1) == '.') {
      pos += 2;
      add(TokenKind.OPERATOR, start); // a range: `(0..$n)`
      return;
    }
    TokenKind kind = switch (c) {
      case '{' -> TokenKind.LBRACE;
      case '}' -> TokenKind.RBRACE;
      case '[' -> TokenKind.LBRACKET;
      case ']' -> TokenKind.RBRACKET;
      case '(' -> TokenKind.LPAREN;
      case ')' -> TokenKind.RPAREN;
      case ',' -> TokenKind.COMMA;
      case ':' -> TokenKind.COLON;
      case '.' -> TokenKind.DOT;
      case ';' -> TokenKind.COMMA;
      default -> null;
    };
    if (kind != null) {
      pos++;
      add(kind, start);
      return;
    }
    if (c == '|' && peek(1) != '|') {
      pos++;
      add(TokenKind.PIPE, start);
      return;
    }
    if (c == '?' && peek(1) != '?') {
      pos++;
      add(TokenKind.QUESTION, start);
      return;
    }
    if (c == '=' && peek(1) != '=') {
      pos++;
      add(TokenKind.ASSIGN, start);
      return;
    }
    for (String op : OPERATORS) {
      if (src.startsWith(op, start)) {
        pos += op.length();
        add(TokenKind.OPERATOR, start);
        return;
      }
    }
    if (c == '!') {
      pos++;
      add(TokenKind.BANG, start);
      return;
    }
    pos++;
    report.error(token(TokenKind.OPERATOR, start), "unexpected-character",
        "The character `" + c + "` has no meaning in XanoScript here.", null);
  }

  private void add(TokenKind kind, int start) {
    push(token(kind, start));
  }

  private void push(Token t) {
    pending.add(t);
    if (t.line() >= indents.length) {
      indents = Arrays.copyOf(indents, Math.max(indents.length * 2, t.line() + 1));
    }
    if (indents[t.line()] == 0) {
      indents[t.line()] = t.column();
    }
    if ((++count & 4095) == 0) {
      Checkpoint.check();
    }
  }

  private Token token(TokenKind kind, int start) {
    return new Token(kind, text(start, pos), line, start - lineStart + 1, start, pos);
  }

  private String text(int start, int end) {
    if (end - start == 1 && src.charAt(start) < SINGLE.length) {
      return SINGLE[src.charAt(start)];
    }
    String text = src.substring(start, end);
    return end - start > SHARED_LENGTH ? text : texts.computeIfAbsent(text, t -> t);
  }

  private void newline(int at) {
    line++;
    lineStart = at + 1;
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
