package dev.xanomcp.xanoscript;

/**
 * What code is meant to be, for {@link Checker#check(String, Scope)}: {@link #FILE} is checked as
 * {@link Checker#checkFile}, the others as {@link Checker#check(String)}, which tells whole
 * constructs and snippets apart by itself.
 */
public enum Scope {
  /** One {@code .xs} file: exactly one top-level construct; a second one is an error. */
  FILE,
  /** A Run API document string: several constructs allowed, a second one gets a warning. */
  DOCUMENT,
  /** A snippet: statements, a clause of a construct, field declarations or expressions. */
  FRAGMENT
}
