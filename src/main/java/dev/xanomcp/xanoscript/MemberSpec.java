package dev.xanomcp.xanoscript;

/** One member the engine tables allow inside a construct, statement or field block. */
record MemberSpec(String name, boolean optional, boolean repeatable, Shape shape) {

  /** Parses {@code name[?][*]:shape}. */
  static MemberSpec parse(String text) {
    int colon = text.indexOf(':');
    String head = text.substring(0, colon);
    boolean repeatable = head.endsWith("*");
    head = repeatable ? head.substring(0, head.length() - 1) : head;
    boolean optional = head.endsWith("?");
    head = optional ? head.substring(0, head.length() - 1) : head;
    return new MemberSpec(head, optional, repeatable, Shape.valueOf(text.substring(colon + 1).toUpperCase(java.util.Locale.ROOT)));
  }
}
