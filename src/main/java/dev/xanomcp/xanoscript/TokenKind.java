package dev.xanomcp.xanoscript;

/** The kinds of tokens of XanoScript. Newlines are tokens: they separate members. */
enum TokenKind {
  NEWLINE,
  COMMENT,
  IDENT,
  VARIABLE,
  STRING,
  NUMBER,
  /** a backtick expression: {@code `$$ > 1`} or a triple-backtick block */
  EXPRESSION,
  /** the raw text after {@code filters=} in a field declaration: {@code trim|min:1} */
  RAW,
  LBRACE,
  RBRACE,
  LBRACKET,
  RBRACKET,
  LPAREN,
  RPAREN,
  COMMA,
  COLON,
  DOT,
  PIPE,
  QUESTION,
  ASSIGN,
  BANG,
  OPERATOR,
  EOF
}
