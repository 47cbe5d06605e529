package dev.xanomcp.xanoscript;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

/**
 * What XanoScript requires beyond the engine's tables: facts of Xano's own parser (the XanoScript
 * language server) and of code Xano accepted, each set with its source. Where the tables mark a
 * member optional and the parser requires it, the parser wins, unless accepted code leaves it out.
 */
final class Rules {
  private Rules() {}

  /**
   * The members Xano's parser requires of each statement (the XanoScript language server's rules).
   * A missing one is an error where the engine's tables require it too, or where it is in {@link
   * #ENFORCED}; otherwise a warning. A member only the tables mark required is a warning too: the
   * tables describe what the engine writes out (the {@code next_page_token} of a first page).
   */
  static final Map<String, Set<String>> REQUIRED = Map.ofEntries(
      entry("ai.external.mcp.server_details", Set.of("url", "bearer_token", "connection_type")),
      entry("ai.external.mcp.tool.list", Set.of("url", "bearer_token", "connection_type")),
      entry("ai.external.mcp.tool.run", Set.of("url", "bearer_token", "connection_type", "tool", "args")),
      entry("api.call", Set.of("api_group")),
      entry("api.lambda", Set.of("code")),
      entry("api.realtime_event", Set.of("channel", "data", "auth_table", "auth_id")),
      entry("api.request", Set.of("url", "method")),
      entry("api.stream", Set.of("value")),
      entry("await", Set.of("ids", "timeout")),
      entry("return", Set.of("value")),
      entry("throw", Set.of("name", "value")),
      entry("db.add", Set.of("data")),
      entry("db.add_or_edit", Set.of("field_name", "field_value", "data")),
      entry("db.del", Set.of("field_name", "field_value")),
      entry("db.direct_query", Set.of("sql", "response_type")),
      entry("db.edit", Set.of("field_name", "field_value", "data")),
      entry("db.get", Set.of("field_name", "field_value")),
      entry("db.has", Set.of("field_name", "field_value")),
      entry("db.patch", Set.of("field_name", "field_value", "data")),
      entry("db.set_datasource", Set.of("value")),
      entry("debug.log", Set.of("value")),
      entry("debug.stop", Set.of("value")),
      entry("object.entries", Set.of("value")),
      entry("object.keys", Set.of("value")),
      entry("object.values", Set.of("value")),
      entry("redis.count", Set.of("key")),
      entry("redis.decr", Set.of("key", "by")),
      entry("redis.del", Set.of("key")),
      entry("redis.get", Set.of("key")),
      entry("redis.has", Set.of("key")),
      entry("redis.incr", Set.of("key", "by")),
      entry("redis.keys", Set.of("search")),
      entry("redis.pop", Set.of("key")),
      entry("redis.push", Set.of("key", "value")),
      entry("redis.range", Set.of("key", "start", "stop")),
      entry("redis.ratelimit", Set.of("key", "max", "ttl", "error")),
      entry("redis.remove", Set.of("key", "value", "count")),
      entry("redis.set", Set.of("key", "data", "ttl")),
      entry("redis.shift", Set.of("key")),
      entry("redis.unshift", Set.of("key", "value")),
      entry("security.create_curve_key", Set.of("curve", "format")),
      entry("security.create_password", Set.of("character_count", "require_lowercase", "require_uppercase", "require_digit",
          "require_symbol", "symbol_whitelist")),
      entry("security.create_rsa_key", Set.of("bits", "format")),
      entry("storage.create_attachment", Set.of("value", "filename", "access")),
      entry("storage.create_file_resource", Set.of("filename", "filedata")),
      entry("storage.create_image", Set.of("value", "filename", "access")),
      entry("storage.delete_file", Set.of("pathname")),
      entry("storage.read_file_resource", Set.of("value")),
      entry("storage.sign_private_url", Set.of("pathname", "ttl")),
      entry("stream.from_csv", Set.of("value", "separator", "enclosure", "escape_char")),
      entry("stream.from_jsonl", Set.of("value")),
      entry("util.geo_distance", Set.of("latitude_1", "longitude_1", "latitude_2", "longitude_2")),
      entry("util.get_input", Set.of("encoding")),
      entry("util.ip_lookup", Set.of("value")),
      entry("util.set_header", Set.of("value", "duplicates")),
      entry("util.sleep", Set.of("value")),
      entry("util.template_engine", Set.of("value")),
      entry("var", Set.of("value")),
      entry("var.update", Set.of("value")),
      entry("zip.add_to_archive", Set.of("file", "zip")),
      entry("zip.create_archive", Set.of("filename")),
      entry("zip.delete_from_archive", Set.of("filename", "zip")),
      entry("zip.extract", Set.of("zip")),
      entry("zip.view_contents", Set.of("zip")));

  /**
   * Members the parser requires and the tables mark optional, held as errors: the mistakes Xano
   * rejects that assistants make most ({@code db.get} without {@code field_name}, {@code
   * api.request} without {@code method}, {@code throw} without {@code name}).
   */
  static final Map<String, Set<String>> ENFORCED = Map.ofEntries(
      entry("db.get", Set.of("field_name")),
      entry("db.has", Set.of("field_name")),
      entry("db.del", Set.of("field_name")),
      entry("db.edit", Set.of("field_name")),
      entry("db.patch", Set.of("field_name", "field_value")),
      entry("db.add_or_edit", Set.of("field_name")),
      entry("api.request", Set.of("url", "method")),
      entry("throw", Set.of("name")),
      entry("util.geo_distance", Set.of("latitude_1", "longitude_1", "latitude_2", "longitude_2")),
      entry("ai.external.mcp.server_details", Set.of("url", "bearer_token")),
      entry("ai.external.mcp.tool.list", Set.of("url", "bearer_token")),
      entry("ai.external.mcp.tool.run", Set.of("url", "bearer_token", "tool", "args")),
      entry("api.lambda", Set.of("code")));

  /**
   * Members the parser or the tables require that accepted code (or every real use) leaves out: not
   * required at all.
   */
  static final Map<String, Set<String>> NOT_REQUIRED = Map.ofEntries(
      entry("api.lambda", Set.of("timeout")),
      entry("cloud.elasticsearch.document", Set.of("base_url")),
      entry("cloud.aws.opensearch.document", Set.of("base_url")),
      entry("cloud.aws.s3.list_directory", Set.of("next_page_token")),
      entry("zip.add_to_archive", Set.of("filename")));

  /** Keys the parser and the tables both require in a nested map, by "kind owner path". */
  static final Map<String, Set<String>> REQUIRED_KEYS = Map.of(
      "construct agent llm", Set.of("type", "max_steps"),
      "construct run.job main", Set.of("name"),
      "construct run.job pre", Set.of("name"),
      "construct run.job post", Set.of("name"),
      "construct run.service pre", Set.of("name"));

  /**
   * The members of a construct that both the tables and the parser require; the tables' other
   * required members are warned about (a table without {@code index} passes the parser).
   */
  static final Set<String> CONSTRUCT_REQUIRED = Set.of("input", "stack", "llm", "main");

  /** What each trigger attaches to: the parser requires it. */
  static final Map<String, String> TARGETS = Map.of(
      "table_trigger", "table", "agent_trigger", "agent", "realtime_trigger", "channel", "mcp_server_trigger", "mcp_server");

  /** The verbs of a {@code query} (the parser's tokens). */
  static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  /**
   * The values a property may take, by "owner member" (a nested map's key as "owner map.key"): the
   * parser's enums, and for {@code access} the values the docs and accepted code use.
   */
  static final Map<String, Set<String>> ENUMS = Map.ofEntries(
      entry("storage.create_attachment access", Set.of("public", "private")),
      entry("storage.create_image access", Set.of("public", "private")),
      entry("storage.create_audio access", Set.of("public", "private")),
      entry("storage.create_video access", Set.of("public", "private")),
      entry("middleware response_strategy", Set.of("merge", "replace")),
      entry("middleware exception_policy", Set.of("silent", "rethrow", "critical")),
      entry("agent llm.type", Set.of("anthropic", "google-genai", "openai", "xano-free")));

  /** Statements whose properties hold an object of column values: a literal of another kind cannot work. */
  static final Set<String> DATA_STATEMENTS = Set.of("db.add", "db.edit", "db.patch", "db.add_or_edit");

  /** Statements whose result the parser requires to be named with {@code as}. */
  static final Set<String> AS_REQUIRED = Set.of(
      "array.every", "array.filter", "array.filter_count", "array.find", "array.find_index", "array.has");

  /**
   * Statements whose result is almost always wanted, though accepted code drops it: an exported
   * workspace calls {@code array.shift $list} alone to remove the first item.
   */
  static final Set<String> AS_EXPECTED = Set.of("array.pop", "array.shift");

  /** Statements whose first argument, the table or what they call, the parser requires. */
  static final Set<String> NAME_REQUIRED = Set.of(
      "db.get", "db.add", "db.edit", "db.patch", "db.del", "db.has", "db.add_or_edit", "db.query", "db.bulk.add", "db.bulk.delete",
      "db.bulk.patch", "db.bulk.update", "db.truncate", "function.run", "function.call", "task.call", "tool.call", "addon.call",
      "middleware.call", "api.call", "workflow_test.call", "trigger.call");

  /** Variables a statement may not change: the engine fills them. */
  static final Set<String> READ_ONLY = Set.of("$input", "$env", "$auth");

  /** The fields of {@code $error} in a {@code catch} (docs); another one reads as null. */
  static final Set<String> ERROR_FIELDS = Set.of("name", "message", "code", "result");

  /** The kinds of a table's index (the validator's list). */
  static final Set<String> INDEX_TYPES = Set.of("primary", "btree", "gin", "btree|unique", "search", "vector");
  /** The keys of an index entry (the parser's: {@code type} and {@code field} required) and of its fields. */
  static final Set<String> INDEX_KEYS = Set.of("type", "field", "name", "lang");
  static final Set<String> INDEX_FIELD_KEYS = Set.of("name", "op");

  /** Constructs whose names may hold {@code /}: query paths and function folders. */
  static final Set<String> SLASH_NAMES = Set.of("query", "function");
}
