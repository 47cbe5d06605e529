package dev.xanomcp.xanoscript;

import java.util.List;

/** One member of a body: a comment, a property, a block (construct, statement, clause) or a field. */
sealed interface Member {
  Token start();

  /** A {@code //} comment on its own line. */
  record Comment(Token start) implements Member {}

  /** {@code name = value} */
  record Property(Token start, String name, Expr value) implements Member {}

  /**
   * {@code name args { body } as $var}: a construct, statement or sub-block. {@code body} is null
   * when the block has no braces; {@code alias} is the {@code as} variable or null.
   */
  record Block(Token start, String name, boolean disabled, List<Arg> args, Body body, Token alias) implements Member {
    public Block {
      args = List.copyOf(args);
    }
  }

  /**
   * A field declaration of an input or schema: {@code type[?][[]] name[?][=default] filters=... {
   * body }}. {@code name} is null for {@code dblink}.
   */
  record Field(Token start, String type, boolean nullable, int arrayDepth, Token name, Expr defaultValue, Token filters, Body body)
      implements Member {}

  /** A bare expression, as in a documentation snippet. */
  record Bare(Token start, Expr value) implements Member {}

  /** An argument before a block's braces: a word, a value, a {@code (expr)} or {@code key=value}. */
  record Arg(Token start, String key, Expr value) {}

  /** The braces of a block and what they hold. */
  record Body(Token open, List<Member> members, Token close) {
    public Body {
      members = List.copyOf(members);
    }
  }
}
