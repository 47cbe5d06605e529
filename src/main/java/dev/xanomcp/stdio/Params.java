package dev.xanomcp.stdio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The params each method (or notification) must have, field by field, as the SDK (2.1.0) binds them into its
 * McpSchema records. A value of another JSON type makes the SDK answer -32603 with Jackson's
 * message and log a stack trace; a missing required field makes it log a warning and go on with a
 * default. Checking first turns both into one plain -32602 sentence. Fields not listed are ignored,
 * as the SDK ignores them.
 */
final class Params {
  /** What a JSON value must be. */
  private interface Shape {
    /** The first thing wrong with {@code value}, a sentence about {@code path}; null if nothing is. */
    String problem(JsonNode value, String path);
  }

  private record Field(String name, Shape shape, boolean required) {}

  private static final Shape TEXT = is(JsonNode::isTextual, "a string");
  private static final Shape FLAG = is(JsonNode::isBoolean, "true or false");
  private static final Shape ANY_OBJECT = is(JsonNode::isObject, "an object");
  private static final Shape ANY_ARRAY = is(JsonNode::isArray, "an array");
  private static final Shape ID = is(id -> id.isTextual() || id.isIntegralNumber() && id.canConvertToLong(), "a string or a 64-bit integer");

  /** The levels of logging/setLevel, lowest first. */
  private static final Shape LEVEL = oneOf("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");

  private static final Shape CLIENT_CAPABILITIES = object(
      optional("experimental", ANY_OBJECT),
      optional("roots", object(optional("listChanged", FLAG))),
      optional("sampling", ANY_OBJECT),
      optional("elicitation", object(optional("form", ANY_OBJECT), optional("url", ANY_OBJECT))),
      optional("extensions", mapOf(ANY_OBJECT)));

  private static final Shape IMPLEMENTATION = object(
      required("name", TEXT),
      required("version", TEXT),
      optional("title", TEXT),
      optional("description", TEXT),
      optional("websiteUrl", TEXT),
      optional("icons", arrayOf(object(required("src", TEXT), optional("mimeType", TEXT), optional("sizes", arrayOf(TEXT)), optional("theme", TEXT)))));

  private static final Shape PAGE = object(optional("cursor", TEXT));
  private static final Shape URI = object(required("uri", TEXT));
  private static final Shape NAMED_CALL = object(required("name", TEXT), optional("arguments", ANY_OBJECT));

  private static final Map<String, Shape> BY_METHOD = Map.ofEntries(
      Map.entry(McpSchema.METHOD_INITIALIZE, object(
          required("protocolVersion", TEXT), required("capabilities", CLIENT_CAPABILITIES), required("clientInfo", IMPLEMENTATION))),
      Map.entry(McpSchema.METHOD_TOOLS_LIST, PAGE),
      Map.entry(McpSchema.METHOD_RESOURCES_LIST, PAGE),
      Map.entry(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, PAGE),
      Map.entry(McpSchema.METHOD_PROMPT_LIST, PAGE),
      Map.entry(McpSchema.METHOD_TOOLS_CALL, NAMED_CALL),
      Map.entry(McpSchema.METHOD_PROMPT_GET, NAMED_CALL),
      Map.entry(McpSchema.METHOD_RESOURCES_READ, URI),
      Map.entry(McpSchema.METHOD_RESOURCES_SUBSCRIBE, URI),
      Map.entry(McpSchema.METHOD_RESOURCES_UNSUBSCRIBE, URI),
      Map.entry(McpSchema.METHOD_LOGGING_SET_LEVEL, object(required("level", LEVEL))),
      Map.entry(Peer.CANCELLED, object(required("requestId", ID), optional("reason", TEXT))),
      Map.entry(McpSchema.METHOD_COMPLETION_COMPLETE, object(
          required("ref", object(required("type", oneOf("ref/prompt", "ref/resource")), optional("name", TEXT), optional("title", TEXT), optional("uri", TEXT))),
          required("argument", object(required("name", TEXT), required("value", TEXT))),
          optional("context", object(optional("arguments", mapOf(TEXT)))))));

  /** Params that are absent: the SDK binds them as an empty object. */
  private static final JsonNode ABSENT = JsonNodeFactory.instance.objectNode();

  private Params() {}

  /**
   * What is wrong with {@code params} (an object, or null when absent) for {@code method}, as one
   * sentence; null if nothing is. Any method's params may carry {@code _meta}, an object.
   */
  static String problem(String method, JsonNode params) {
    JsonNode given = params == null ? ABSENT : params;
    JsonNode meta = given.get("_meta");
    if (present(meta) && !meta.isObject()) {
      return quote("_meta") + " must be an object";
    }
    Shape shape = BY_METHOD.get(method);
    return shape == null ? null : shape.problem(given, "");
  }

  private static Field required(String name, Shape shape) {
    return new Field(name, shape, true);
  }

  private static Field optional(String name, Shape shape) {
    return new Field(name, shape, false);
  }

  private static Shape is(Predicate<JsonNode> test, String what) {
    return (value, path) -> test.test(value) ? null : quote(path) + " must be " + what;
  }

  private static Shape oneOf(String... values) {
    List<String> allowed = List.of(values);
    return is(value -> value.isTextual() && allowed.contains(value.textValue()), "one of " + String.join(", ", allowed));
  }

  /** An object with these fields; JSON null counts as absent, as it does for the SDK. */
  private static Shape object(Field... fields) {
    List<Field> all = List.of(fields);
    return (value, path) -> {
      String problem = ANY_OBJECT.problem(value, path);
      for (Iterator<Field> each = all.iterator(); problem == null && each.hasNext(); ) {
        Field field = each.next();
        JsonNode member = value.get(field.name());
        String at = join(path, field.name());
        problem = present(member) ? field.shape().problem(member, at) : field.required() ? quote(at) + " is missing" : null;
      }
      return problem;
    };
  }

  private static Shape arrayOf(Shape item) {
    return (value, path) -> {
      String problem = ANY_ARRAY.problem(value, path);
      for (int i = 0; problem == null && i < value.size(); i++) {
        problem = item.problem(value.get(i), path + "[" + i + "]");
      }
      return problem;
    };
  }

  /** An object used as a map: any names, every value of one shape. */
  private static Shape mapOf(Shape member) {
    return (value, path) -> {
      String problem = ANY_OBJECT.problem(value, path);
      for (Iterator<Map.Entry<String, JsonNode>> each = value.properties().iterator(); problem == null && each.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = each.next();
        problem = member.problem(entry.getValue(), join(path, entry.getKey()));
      }
      return problem;
    };
  }

  private static boolean present(JsonNode value) {
    return value != null && !value.isNull();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String quote(String path) {
    return "\"" + (path.isEmpty() ? "params" : path) + "\"";
  }
}
