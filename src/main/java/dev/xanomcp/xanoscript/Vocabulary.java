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

  /**
   * Properties the docs or Xano's parser give a construct or statement that the tables lack, by
   * owner: allowed with a warning. (The tables may predate them.)
   */
  private static final Map<String, Set<String>> DOCS_ONLY_MEMBERS = Map.ofEntries(
      Map.entry("redis.push", Set.of("package_key")), Map.entry("redis.incr", Set.of("package_key")),
      Map.entry("db.external.postgres.direct_query", Set.of("code")), Map.entry("db.external.mysql.direct_query", Set.of("code")),
      Map.entry("db.external.mssql.direct_query", Set.of("code")), Map.entry("db.external.oracle.direct_query", Set.of("code")),
      Map.entry("cloud.elasticsearch.query", Set.of("expression")), Map.entry("cloud.aws.opensearch.query", Set.of("expression")),
      Map.entry("db.transaction", Set.of("isolation")), Map.entry("agent", Set.of("external_mcp_servers", "llm.send_reasoning")),
      Map.entry("stream.from_csv", Set.of("headers")), Map.entry("stream.from_request", Set.of("format", "chunk_size")),
      Map.entry("api.stream", Set.of("format", "headers", "filename")), Map.entry("db.query", Set.of("return.chunk_size")),
      Map.entry("db.bulk.add", Set.of("data")), Map.entry("db.bulk.update", Set.of("data", "where")),
      Map.entry("db.bulk.patch", Set.of("data", "where")), Map.entry("api.request", Set.of("async")));

  /**
   * Whether the docs give {@code owner} a property {@code name} that the tables lack ({@code name}
   * dotted for a key of a nested map: {@code llm.send_reasoning}).
   */
  static boolean docsOnlyMember(String owner, String name) {
    return DOCS_ONLY_MEMBERS.getOrDefault(owner, Set.of()).contains(name);
  }

  /** Property names from other tools or guesses, by "statement name", to the XanoScript property. */
  static final Map<String, String> FOREIGN_PROPERTIES = Map.ofEntries(
      Map.entry("api.request body", "params = {...}"), Map.entry("api.request data", "params = {...}"),
      Map.entry("api.request query", "params = {...}"), Map.entry("api.request json", "params = {...}"),
      Map.entry("api.request verb", "method = \"POST\""), Map.entry("api.request endpoint", "url = \"https://...\""),
      Map.entry("function.run args", "input = {...}"), Map.entry("function.run params", "input = {...}"),
      Map.entry("function.run inputs", "input = {...}"), Map.entry("throw message", "value = \"...\""),
      Map.entry("throw code", "name = \"ErrorName\""), Map.entry("precondition message", "error = \"...\""),
      Map.entry("return result", "value = ..."), Map.entry("debug.log message", "value = ..."),
      Map.entry("db.add fields", "data = {...}"), Map.entry("db.add values", "data = {...}"), Map.entry("db.edit fields", "data = {...}"),
      Map.entry("db.patch fields", "data = {...}"), Map.entry("db.query limit", "return = {type: \"list\", paging: {page: 1, per_page: 10}}"),
      Map.entry("db.query order_by", "sort = {table.column: \"asc\"}"), Map.entry("db.query orderBy", "sort = {table.column: \"asc\"}"),
      Map.entry("db.query filter", "where = $db.table.column == ..."), Map.entry("db.get where", "field_name = \"column\"` and `field_value = ..."),
      Map.entry("redis.set value", "data = ..."), Map.entry("util.sleep seconds", "value = ..."), Map.entry("var type", "value = ..."),
      Map.entry("storage.create_attachment file", "value = $input.file"), Map.entry("storage.create_image file", "value = $input.file"),
      Map.entry("util.set_header header", "value = \"Name: value\""), Map.entry("redis.get name", "key = \"...\""),
      Map.entry("ai.external.mcp.tool.list server_url", "url = \"...\""), Map.entry("ai.external.mcp.tool.run server_url", "url = \"...\""),
      Map.entry("ai.external.mcp.server_details server_url", "url = \"...\""), Map.entry("ai.external.mcp.tool.list api_key", "bearer_token = ..."),
      Map.entry("ai.external.mcp.tool.run api_key", "bearer_token = ..."), Map.entry("ai.external.mcp.server_details api_key", "bearer_token = ..."),
      Map.entry("ai.external.mcp.tool.run tool_name", "tool = \"...\""), Map.entry("ai.external.mcp.tool.run arguments", "args = {...}"));

  /** Operators other languages have, to what XanoScript writes instead. */
  static final Map<String, String> FOREIGN_OPERATORS = Map.of(
      "**", "Use the filter `$x|pow:2`.",
      "++", "Write `math.add $i { value = 1 }`.",
      "--", "Write `math.sub $i { value = 1 }`.",
      "+=", "Write `var.update $x { value = $x + 1 }`, or `math.add $x { value = 1 }`.",
      "-=", "Write `var.update $x { value = $x - 1 }`, or `math.sub $x { value = 1 }`.",
      "*=", "Write `var.update $x { value = $x * 2 }`.",
      "/=", "Write `var.update $x { value = $x / 2 }`.",
      "=>", "XanoScript has no arrow functions: write `$list|map:$$.price` or `$list|filter:$$.active`, with `$$` for each item.",
      "<>", "Write `!=`.");

  /** Functions other languages call, to the XanoScript filter. */
  static final Map<String, String> FOREIGN_FUNCTIONS = Map.ofEntries(
      Map.entry("len", "Use the filter `$list|count` (or `$text|strlen`)."), Map.entry("length", "Use the filter `$list|count` (or `$text|strlen`)."),
      Map.entry("count", "Use the filter `$list|count`."), Map.entry("round", "Use the filter `$x|round`."),
      Map.entry("floor", "Use the filter `$x|floor`."), Map.entry("ceil", "Use the filter `$x|ceil`."), Map.entry("abs", "Use the filter `$x|abs`."),
      Map.entry("max", "Use the filter `$list|max`."), Map.entry("min", "Use the filter `$list|min`."), Map.entry("sum", "Use the filter `$list|sum`."),
      Map.entry("str", "Use the filter `$x|to_text`."), Map.entry("String", "Use the filter `$x|to_text`."), Map.entry("int", "Use the filter `$x|to_int`."),
      Map.entry("parseInt", "Use the filter `$x|to_int`."), Map.entry("float", "Use the filter `$x|to_decimal`."),
      Map.entry("parseFloat", "Use the filter `$x|to_decimal`."), Map.entry("Number", "Use the filter `$x|to_decimal`."),
      Map.entry("upper", "Use the filter `$text|to_upper`."), Map.entry("lower", "Use the filter `$text|to_lower`."),
      Map.entry("trim", "Use the filter `$text|trim`."), Map.entry("concat", "Join text with `~`: `$a ~ $b`."),
      Map.entry("fetch", "Use the statement `api.request { url = \"...\" method = \"GET\" } as $response`."),
      Map.entry("print", "Use the statement `debug.log { value = ... }`."), Map.entry("typeof", "Use the filters `is_text`, `is_int`, `is_array`, `is_object`..."),
      Map.entry("isset", "Use the filter `$x|is_null` or `$object|has:\"key\"`."), Map.entry("empty", "Use the filter `$x|is_empty`."));

  /** A method other languages call on values, to the XanoScript filter or statement. */
  private static final Map<String, String> METHODS = Map.ofEntries(
      Map.entry("get", "`$object|get:\"key\"`"), Map.entry("set", "`$object|set:\"key\":value`"), Map.entry("push", "`$list|push:value`"),
      Map.entry("append", "`$list|push:value`"), Map.entry("add", "`$list|push:value`"), Map.entry("pop", "the statement `array.pop $list as $last`"),
      Map.entry("shift", "the statement `array.shift $list as $first`"), Map.entry("length", "`$list|count` (or `$text|strlen`)"),
      Map.entry("count", "`$list|count`"), Map.entry("size", "`$list|count`"), Map.entry("trim", "`$text|trim`"),
      Map.entry("toUpperCase", "`$text|to_upper`"), Map.entry("upper", "`$text|to_upper`"), Map.entry("toLowerCase", "`$text|to_lower`"),
      Map.entry("lower", "`$text|to_lower`"), Map.entry("split", "`$text|split:\",\"`"), Map.entry("join", "`$list|join:\",\"`"),
      Map.entry("includes", "`$list|contains:value`"), Map.entry("contains", "`$list|contains:value`"), Map.entry("has", "`$object|has:\"key\"`"),
      Map.entry("indexOf", "`$list|index:value`"), Map.entry("map", "`$list|map:$$.field`"), Map.entry("filter", "`$list|filter:$$.active`"),
      Map.entry("find", "`$list|find:$$.id == 1`"), Map.entry("keys", "`$object|keys`"), Map.entry("values", "`$object|values`"),
      Map.entry("toString", "`$x|to_text`"), Map.entry("replace", "`$text|replace:\"a\":\"b\"`"), Map.entry("startsWith", "`$text|starts_with:\"a\"`"),
      Map.entry("endsWith", "`$text|ends_with:\"a\"`"), Map.entry("sort", "`$list|sort:\"field\":\"number\":false`"),
      Map.entry("reverse", "`$list|reverse`"), Map.entry("slice", "`$list|slice:offset:length`"), Map.entry("substring", "`$text|substr:start:length`"));

  /** The suggestion for {@code .name(...)} on a value. */
  static String method(String name) {
    String instead = METHODS.get(name);
    return instead != null ? "Use " + instead + "." : "Use a filter, `$value|name:argument`, or a statement.";
  }

  /** Math functions of other languages, {@code math.name(...)}, to the XanoScript filter. */
  private static final Map<String, String> MATH = Map.ofEntries(
      Map.entry("add", "add"), Map.entry("sub", "subtract"), Map.entry("subtract", "subtract"), Map.entry("mul", "multiply"),
      Map.entry("multiply", "multiply"), Map.entry("div", "divide"), Map.entry("divide", "divide"), Map.entry("mod", "modulus"),
      Map.entry("abs", "abs"), Map.entry("round", "round"), Map.entry("floor", "floor"), Map.entry("ceil", "ceil"), Map.entry("sqrt", "sqrt"),
      Map.entry("pow", "pow"), Map.entry("max", "max"), Map.entry("min", "min"), Map.entry("bitwise.and", "bitwise_and"),
      Map.entry("bitwise.or", "bitwise_or"), Map.entry("bitwise.xor", "bitwise_xor"));

  /** The suggestion for {@code name(...)} where {@code name} is dotted ({@code math.random}, {@code db.get}). */
  static String call(String dotted) {
    if (dotted.equals("math.random")) {
      return "Use the statement `security.random_number { min = 1 max = 6 } as $n`.";
    }
    if (dotted.startsWith("math.") && MATH.containsKey(dotted.substring(5))) {
      return "Use the filter: `$a|" + MATH.get(dotted.substring(5)) + ":$b`.";
    }
    if (dotted.startsWith("text.")) {
      return "Use the filter: `$text|" + dotted.substring(5) + ":\"...\"`.";
    }
    if (dotted.contains(".")) {
      return "A statement stands on its own line, `" + dotted + " ... as $result`; then use `$result`.";
    }
    return "Use a filter, `$value|name:argument`, or a statement.";
  }

  /** Filters of input fields ({@code text name filters=trim|min:1}). */
  static final Set<String> INPUT_FILTERS = Set.of(
      "trim", "lower", "upper", "min", "max", "ok", "prevent", "startsWith", "alphaOk", "digitOk", "pattern", "minAlpha",
      "minLowerAlpha", "minUpperAlpha", "minDigit", "minSymbol");

  /** Input-field filters only the docs name. */
  static final Set<String> DOCS_ONLY_INPUT_FILTERS = Set.of("sanitize_html", "strip_tags");

  /** The input filters each type takes (the parser's lists); a type not listed is not checked. */
  static final Map<String, Set<String>> INPUT_FILTERS_BY_TYPE = Map.ofEntries(
      Map.entry("text", Set.of("trim", "min", "max", "startsWith", "prevent", "lower", "upper", "alphaOk", "digitOk", "ok", "pattern")),
      Map.entry("int", Set.of("min", "max")), Map.entry("decimal", Set.of("min", "max")), Map.entry("email", Set.of("trim", "lower")),
      Map.entry("password", Set.of("min", "max", "minAlpha", "minLowerAlpha", "minUpperAlpha", "minDigit", "minSymbol")),
      Map.entry("file", Set.of()), Map.entry("image", Set.of()), Map.entry("video", Set.of()), Map.entry("audio", Set.of()),
      Map.entry("enum", Set.of()), Map.entry("json", Set.of()), Map.entry("object", Set.of()));

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
