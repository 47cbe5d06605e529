package dev.xanomcp.xanoscript;

/** A token with its 1-based line and column and its end offset in the source. */
record Token(TokenKind kind, String text, int line, int column, int offset, int end) {

  boolean is(TokenKind k) {
    return kind == k;
  }

  boolean is(TokenKind k, String value) {
    return kind == k && text.equals(value);
  }

  boolean isWord(String value) {
    return kind == TokenKind.IDENT && text.equals(value);
  }
}
