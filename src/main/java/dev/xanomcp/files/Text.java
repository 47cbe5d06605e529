package dev.xanomcp.files;

/** How names from a request are quoted back: cut, so that no answer echoes unbounded input. */
final class Text {
  /** The most characters of a name or path quoted in a message. */
  static final int MAX_QUOTED = 240;

  private Text() {}

  static String cut(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }
}
