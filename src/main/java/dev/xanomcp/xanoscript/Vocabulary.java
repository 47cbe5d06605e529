package dev.xanomcp.xanoscript;

import dev.xanomcp.docs.Names;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names beyond the engine tables: what other languages call XanoScript's types, filters and
 * statements (for suggestions), the names only the language docs have (allowed, with a warning),
 * and the filters of input fields.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Type names from other languages, to the XanoScript type. */
  static final Map<String, String> FOREIGN_TYPES = Map.ofEntries(
      Map.entry("boolean", "bool"), Map.entry("integer", "int"), Map.entry("string", "text"), Map.entry("str", "text"),
      Map.entry("varchar", "text"), Map.entry("char", "text"), Map.entry("float", "decimal"), Map.entry("double", "decimal"),
      Map.entry("number", "decimal"), Map.entry("numeric", "decimal"), Map.entry("long", "int"), Map.entry("array", "json"),
      Map.entry("list", "json"), Map.entry("any", "json"), Map.entry("map", "json"), Map.entry("dict", "json"),
      Map.entry("datetime", "timestamp"), Map.entry("time", "timestamp"), Map.entry("blob", "file"));

  /** Filter names from other languages (or engine-internal names), to the XanoScript filter. */
  static final Map<String, String> FOREIGN_FILTERS = Map.ofEntries(
      Map.entry("length", "count"), Map.entry("size", "count"), Map.entry("len", "count"), Map.entry("strlen_", "strlen"),
      Map.entry("str_split", "split"), Map.entry("explode", "split"), Map.entry("implode", "join"), Map.entry("has_key", "has"),
      Map.entry("haskey", "has"), Map.entry("key_exists", "has"), Map.entry("delete", "unset"), Map.entry("remove_key", "unset"),
      Map.entry("strpos", "index"), Map.entry("indexof", "index"), Map.entry("indexOf", "index"), Map.entry("substring", "substr"),
      Map.entry("lower", "to_lower"), Map.entry("upper", "to_upper"), Map.entry("lowercase", "to_lower"), Map.entry("uppercase", "to_upper"),
      Map.entry("toLowerCase", "to_lower"), Map.entry("toUpperCase", "to_upper"), Map.entry("strtolower", "to_lower"),
      Map.entry("strtoupper", "to_upper"), Map.entry("to_integer", "to_int"), Map.entry("to_string", "to_text"), Map.entry("tostring", "to_text"),
      Map.entry("to_number", "to_decimal"), Map.entry("to_float", "to_decimal"), Map.entry("parse_int", "to_int"),
      Map.entry("to_boolean", "to_bool"), Map.entry("strrev", "reverse"), Map.entry("array_unique", "unique"), Map.entry("uniq", "unique"),
      Map.entry("default", "first_notnull"), Map.entry("ifnull", "first_notnull"), Map.entry("coalesce", "first_notnull"),
      Map.entry("stringify", "json_encode"), Map.entry("parse_json", "json_decode"), Map.entry("json_parse", "json_decode"),
      Map.entry("keys_of", "keys"), Map.entry("get_keys", "keys"), Map.entry("sum_of", "sum"), Map.entry("push_back", "push"),
      Map.entry("append_item", "push"), Map.entry("startswith", "starts_with"), Map.entry("endswith", "ends_with"),
      Map.entry("includes", "contains"), Map.entry("str_replace", "replace"), Map.entry("date_format", "format_timestamp"),
      Map.entry("now", "to_timestamp"), Map.entry("ord", "unicode code points are not available; compare characters instead"),
      Map.entry("chr", "unicode code points are not available; compare characters instead"));

  /** Statement names from other languages or guesses, to the XanoScript statement. */
  static final Map<String, String> FOREIGN_STATEMENTS = Map.ofEntries(
      Map.entry("let", "var"), Map.entry("const", "var"), Map.entry("set", "var.update"), Map.entry("var.set", "var.update"),
      Map.entry("log", "debug.log"), Map.entry("print", "debug.log"), Map.entry("console.log", "debug.log"),
      Map.entry("db.select", "db.query"), Map.entry("db.find", "db.get"), Map.entry("db.insert", "db.add"),
      Map.entry("db.create", "db.add"), Map.entry("db.update", "db.edit"), Map.entry("db.delete", "db.del"),
      Map.entry("db.upsert", "db.add_or_edit"), Map.entry("http.request", "api.request"), Map.entry("fetch", "api.request"),
      Map.entry("math.random", "security.random_number"), Map.entry("function.call", "function.run"), Map.entry("call", "function.run"),
      Map.entry("try", "try_catch"), Map.entry("if", "conditional"), Map.entry("loop", "for"), Map.entry("each", "foreach"),
      Map.entry("raise", "throw"), Map.entry("error", "throw"), Map.entry("assert", "precondition"));

  /** Statements only the language docs name: accepted with a warning (the tables may predate them). */
  static final Set<String> DOCS_ONLY_STATEMENTS = Set.of(
      "storage.append_file", "cloud.elasticsearch.bulk", "cloud.algolia.search", "cloud.algolia.save_object",
      "cloud.algolia.save_objects", "cloud.algolia.delete_object", "cloud.algolia.set_settings", "schema.parse",
      "schema.parse.object", "schema.parse.array", "schema.parse.attribute", "schema.parse.constant", "schema.parse.enum",
      "schema.parse.immutable");

  /** Expression filters only the docs name (some are database filters the docs also show on values). */
  static final Set<String> DOCS_ONLY_FILTERS = Set.of(
      "sinh", "cosh", "tanh", "pad_start", "pad_end", "timestamp_epoch_seconds", "timestamp_epoch_ms", "timestamp_year",
      "timestamp_month", "timestamp_day_of_month", "timestamp_hour", "timestamp_minute", "timestamp_day_of_week");

  /** Filters of input fields ({@code text name filters=trim|min:1}). */
  static final Set<String> INPUT_FILTERS = Set.of(
      "trim", "lower", "upper", "min", "max", "ok", "prevent", "startsWith", "alphaOk", "digitOk", "pattern", "minAlpha",
      "minLowerAlpha", "minUpperAlpha", "minDigit", "minSymbol");

  /** Input-field filters only the docs name. */
  static final Set<String> DOCS_ONLY_INPUT_FILTERS = Set.of("to_lower", "to_upper", "sanitize_html", "strip_tags");

  /** Names longer than this are not compared: no name of the language is, and comparing costs time and memory. */
  private static final int LONGEST_NAME = 64;

  /** The closest of {@code candidates} to {@code name}, if close enough to suggest. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    return name.length() > LONGEST_NAME ? Optional.empty() : Names.closest(name, candidates);
  }

  /**
   * "Did you mean `x`?" for the closest other name of {@code candidates}, or null; the search runs
   * only when the suggestion is asked for, that is when its diagnostic is listed.
   */
  static Supplier<String> didYouMean(String name, Collection<String> candidates) {
    return () -> closest(name, candidates).filter(c -> !c.equals(name)).map(c -> "Did you mean `" + c + "`?").orElse(null);
  }
}
