package dev.xanomcp.xanoscript;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one source as the parser reads them, by position from 0. It keeps only a window
 * around the position in use (the lexer makes the tokens ahead on demand; those behind are
 * dropped), so that the memory a check takes grows with the tree it builds, not with the code.
 */
final class TokenStream {
  /** How many tokens behind the position in use stay readable ({@code peek(-1)}). */
  private static final int BEHIND = 8;

  private final Lexer lexer;
  private final List<Token> window = new ArrayList<>();
  /** The position of the first token in the window. */
  private int base;
  private Token eof;
  private boolean stopped;

  TokenStream(String source, Report report) {
    this.lexer = new Lexer(source, report);
  }

  /**
   * The token at {@code position}, read from the lexer when needed; EOF past the end and after
   * {@link #stop()}. Positions more than {@value #BEHIND} behind the last {@link #release} are gone.
   */
  Token get(int position) {
    if (stopped) {
      return eof;
    }
    while (position - base >= window.size() && eof == null) {
      Token t = lexer.next();
      if (t.is(TokenKind.EOF)) {
        eof = t;
      }
      window.add(t);
    }
    int i = position - base;
    return i < window.size() ? window.get(Math.max(i, 0)) : eof;
  }

  /** Lets the tokens well behind {@code position} go. */
  void release(int position) {
    int drop = position - BEHIND - base;
    if (drop > 1024) {
      window.subList(0, drop).clear();
      base += drop;
    }
  }

  /** Ends the stream: from now on every position reads as EOF, and nothing more is lexed. */
  void stop() {
    if (eof == null) {
      Token last = window.isEmpty() ? new Token(TokenKind.EOF, "", 1, 1, 0, 0) : window.get(window.size() - 1);
      eof = new Token(TokenKind.EOF, "", last.line(), last.column(), last.end(), last.end());
    }
    stopped = true;
  }

  /** The column of the first token on {@code line}, once read. */
  int indent(int line) {
    return lexer.indent(line);
  }
}
