package dev.xanomcp.xanoscript;

/** What a member of a construct, statement or field holds. */
enum Shape {
  /** an expression or literal: {@code name = value} */
  VALUE,
  /** a block of statements: {@code stack { ... }} */
  STACK,
  /** a block of field declarations: {@code input { ... }} */
  FIELDS,
  /** a unit test block: {@code test "name" { ... }} */
  TEST,
  /** a named sub-block of its own kind */
  BLOCK,
  /** a nested map, written as an object or as a block */
  MAP
}
