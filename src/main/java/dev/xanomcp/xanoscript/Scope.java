package dev.xanomcp.xanoscript;

/** What a piece of code is meant to be, which decides how many constructs it may hold. */
public enum Scope {
  /** One {@code .xs} file: exactly one top-level construct; a second one is an error. */
  FILE,
  /** A Run API document string: several constructs allowed, but a second one gives a warning. */
  DOCUMENT,
  /**
   * A documentation snippet: whole constructs, block members, statements, field declarations or
   * bare expressions, checked in the context they belong to (detected from the code).
   */
  FRAGMENT
}
