package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of generated messages, valid, damaged and random, sent to the real jar in one go. The
 * server must answer every valid request exactly once and any other at most once, never with an
 * internal error, write nothing but JSON-RPC replies, print no stack trace and at most a handful of
 * lines on stderr, and exit cleanly at end of input. Seeded and reproducible: {@code -Dfuzz.seed=N}
 * picks the seed, {@code -Dfuzz.count=N} the number of messages (3,000 by default; try 100000 for
 * a long run).
 */
class StdioFuzzIT {
  static final long SEED = Long.getLong("fuzz.seed", 20261128L);
  static final int COUNT = Integer.getInteger("fuzz.count", 3000);
  /** Lines the server may print on stderr in a whole run. */
  static final int STDERR_LINES = 5;

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String[] TOOLS = {"run_api_docs", "meta_api_docs", "xanoscript_docs", "mcp_version", "no_such_tool"};
  static final String[] WORDS = {"start", "session", "table", "api", "syntax", "db", "sesion", "", " ", "ü", "☃", "\u0000", "../x", "\"", "mcp_server"};
  static final String[] KEYS = {"topic", "detail_level", "include_schemas", "file_path", "mode", "extra"};
  static final String[] URIS = {"xanoscript://docs/syntax", "run-api://docs/run", "meta-api://docs/table", "xanoscript://docs/../x", "file:///etc/passwd", "", "xanoscript://docs/syntax/array-filters"};
  static final String[] LEVELS = {"debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"};
  /** Versions the SDK supports; for any other it proposes its own, with a warning on stderr. */
  static final String[] VERSIONS = {"2025-06-18", "2025-03-26", "2024-11-05", "2025-11-25"};
  static final String[] NOTIFICATIONS = {"cancelled", "progress", "initialized", "message", "start", "☃"};
  /** Ids of a wrong type; an integer would be a valid id and could collide with a real one. */
  static final String[] BAD_IDS = {"true", "false", "null", "1.5", "-0.25", "[]", "[1]", "{}", "{\"id\":1}", "1e3",
    "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e400"};
  static final String[] METHODS = {
    "ping", "initialize", "tools/list", "tools/call", "resources/list", "resources/templates/list", "resources/read",
    "resources/subscribe", "resources/unsubscribe", "prompts/list", "prompts/get", "logging/setLevel", "completion/complete", "no/such"
  };
  /** What may follow a complete message on its line, making the line a parse error. */
  static final String[] TRAILERS = {"4", " x", "}", "]", ",{}", " null", "\"", " {\"jsonrpc\":\"2.0\"}"};

  private final Random random = new Random(SEED);
  private int mutatedIds;
  /** The requests a cancellation named: each gets one reply or none, as the cancellation came in time or not. */
  private final Set<String> cancelled = new HashSet<>();

  @ParameterizedTest(name = "protocol {0}")
  @ValueSource(strings = {"2025-06-18", "2025-03-26"})
  void generatedTrafficNeverBreaksTheServer(String protocol) throws Exception {
    Set<String> mustAnswer = new HashSet<>();
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    write(input, String.format(ServerProcess.INITIALIZE, protocol));
    write(input, ServerProcess.INITIALIZED);
    for (int n = 1; n <= COUNT; n++) {
      switch (random.nextInt(12)) {
        case 0, 1, 2, 3 -> {
          mustAnswer.add(Integer.toString(n));
          write(input, request(Integer.toString(n)).toString());
        }
        case 4 -> write(input, notification());
        case 5, 6, 7 -> write(input, wrongType(request(mutatedId())).toString());
        case 8 -> write(input, damage(request(mutatedId()).toString()));
        case 9 -> write(input, request(mutatedId()) + pick(TRAILERS));
        case 10 -> write(input, random.nextBoolean() ? request(mutatedId()).toString() + request(mutatedId()) : "[" + request(mutatedId()) + "]");
        default -> input.writeBytes(randomBytes());
      }
    }
    try (ServerProcess server = new ServerProcess()) {
      server.sendBytes(input.toByteArray());
      assertEquals(0, server.finish(StdioLimits.EXIT_SECONDS + COUNT / 100), "seed " + SEED);
      Map<String, Integer> answers = new HashMap<>();
      for (JsonNode reply : server.replies()) {
        assertValidReply(reply);
        answers.merge(reply.get("id").toString().replace("\"", ""), 1, Integer::sum);
      }
      answers.remove("null");
      assertEquals(1, answers.remove("0"), "initialize is answered once");
      for (String id : mustAnswer) {
        if (!cancelled.contains(id)) {
          assertEquals(1, answers.getOrDefault(id, 0), "request " + id + " (seed " + SEED + ")");
        }
      }
      answers.forEach((id, count) -> {
        assertTrue(mustAnswer.contains(id) || id.startsWith("m"), "reply to an id never sent: " + id);
        assertEquals(1, count, "id " + id + " answered more than once (seed " + SEED + ")");
      });
      String stderr = server.stderr();
      assertFalse(stderr.contains("\tat "), "stack trace on stderr:\n" + stderr);
      assertTrue(stderr.lines().count() <= STDERR_LINES, "stderr:\n" + stderr);
    }
  }

  static void assertValidReply(JsonNode reply) {
    assertTrue(reply.isObject(), reply.toString());
    assertEquals("2.0", reply.path("jsonrpc").asText(), reply.toString());
    assertTrue(reply.has("id"), reply.toString());
    assertTrue(reply.has("result") ^ reply.has("error"), reply.toString());
    if (reply.has("error")) {
      assertTrue(reply.at("/error/code").isInt() && reply.at("/error/message").isTextual(), reply.toString());
      assertNotEquals(-32603, reply.at("/error/code").asInt(), "an internal error: " + reply);
      assertFalse(reply.toString().contains("\\tat "), reply.toString());
    }
  }

  /** A valid request of a random method, with every param its method takes, some left out. */
  private ObjectNode request(String id) {
    String method = pick(METHODS);
    ObjectNode message = NODES.objectNode().put("jsonrpc", "2.0");
    if (id.startsWith("m")) {
      message.put("id", id);
    } else {
      message.put("id", Integer.parseInt(id));
    }
    message.put("method", method);
    ObjectNode params = message.putObject("params");
    switch (method) {
      case "initialize" -> {
        params.put("protocolVersion", pick(VERSIONS));
        ObjectNode capabilities = params.putObject("capabilities");
        if (random.nextBoolean()) {
          capabilities.putObject("roots").put("listChanged", random.nextBoolean());
          capabilities.putObject("sampling");
          capabilities.putObject("elicitation").putObject("form");
          capabilities.putObject("experimental").set("x", value());
        }
        ObjectNode client = params.putObject("clientInfo").put("name", pick(WORDS)).put("version", "1");
        if (random.nextBoolean()) {
          client.put("title", pick(WORDS));
          client.putArray("icons").addObject().put("src", "https://example.com/i.png").putArray("sizes").add("48x48");
        }
      }
      case "tools/call", "prompts/get" -> {
        params.put("name", pick(TOOLS));
        params.set("arguments", arguments());
      }
      case "resources/read", "resources/subscribe", "resources/unsubscribe" -> params.put("uri", pick(URIS));
      case "logging/setLevel" -> params.put("level", pick(LEVELS));
      case "completion/complete" -> {
        params.putObject("ref").put("type", "ref/prompt").put("name", pick(WORDS));
        params.putObject("argument").put("name", pick(KEYS)).put("value", pick(WORDS));
        params.putObject("context").putObject("arguments").put(pick(KEYS), pick(WORDS));
      }
      case "tools/list", "resources/list", "resources/templates/list", "prompts/list" -> {
        if (random.nextBoolean()) {
          params.put("cursor", pick(WORDS));
        }
      }
      default -> {}
    }
    if (random.nextInt(4) == 0) {
      params.putObject("_meta").put("progressToken", random.nextInt(100));
    }
    return message;
  }

  private ObjectNode arguments() {
    ObjectNode arguments = NODES.objectNode();
    for (int i = random.nextInt(4); i > 0; i--) {
      arguments.set(pick(KEYS), value());
    }
    return arguments;
  }

  /** A value of a random JSON type: now and then a huge string, or one nested many levels deep. */
  private JsonNode value() {
    return switch (random.nextInt(40)) {
      case 7 -> NODES.textNode("x".repeat(random.nextInt(300_000)));
      case 8 -> {
        ObjectNode deep = NODES.objectNode();
        ObjectNode at = deep;
        // within the 64 levels a message may nest: deeper is a damaged message, see damage()
        for (int i = random.nextInt(50); i > 0; i--) {
          at = at.putObject("d");
        }
        yield deep;
      }
      case 9 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(40))));
      default -> smallValue();
    };
  }

  private JsonNode smallValue() {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.textNode(pick(WORDS));
      case 1 -> NODES.numberNode(random.nextInt(1000) - 500);
      case 2 -> NODES.numberNode(random.nextDouble() * 1e6);
      case 3 -> NODES.booleanNode(random.nextBoolean());
      case 4 -> NODES.nullNode();
      case 5 -> NODES.arrayNode().add(pick(WORDS));
      default -> NODES.objectNode().put("k", pick(WORDS));
    };
  }

  /**
   * The message with one value somewhere in it, at any depth, replaced by a value of another JSON
   * type. The id is left alone: an integer there could collide with the id of a valid request.
   */
  private ObjectNode wrongType(ObjectNode message) {
    List<Runnable> replacements = new ArrayList<>();
    slots(message, replacements, true);
    replacements.get(random.nextInt(replacements.size())).run();
    return message;
  }

  /** Collects, for every value inside {@code node}, the act of replacing it by one of another type. */
  private void slots(ContainerNode<?> node, List<Runnable> replacements, boolean top) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        String name = field.getKey();
        JsonNode old = field.getValue();
        if (!(top && name.equals("id"))) {
          replacements.add(() -> object.set(name, otherType(old)));
        }
        if (old instanceof ContainerNode<?> inner) {
          slots(inner, replacements, false);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        JsonNode old = array.get(i);
        replacements.add(() -> array.set(index, otherType(old)));
        if (old instanceof ContainerNode<?> inner) {
          slots(inner, replacements, false);
        }
      }
    }
  }

  private JsonNode otherType(JsonNode old) {
    JsonNode replacement = value();
    while (replacement.getNodeType() == old.getNodeType()) {
      replacement = value();
    }
    return replacement;
  }

  /** A damaged copy of a message: cut short, a bad jsonrpc, method or id, raw control bytes, huge or deep. */
  private String damage(String message) {
    return switch (random.nextInt(7)) {
      case 0 -> message.substring(0, random.nextInt(message.length()));
      case 1 -> message.replaceFirst("\"jsonrpc\":\"2.0\"", "\"jsonrpc\":" + value());
      case 2 -> message.replaceFirst("\"method\":\"[^\"]*\"", "\"method\":" + value());
      case 3 -> message.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":" + pick(BAD_IDS));
      case 4 -> {
        int at = random.nextInt(message.length());
        yield message.substring(0, at) + (char) random.nextInt(32) + message.substring(at);
      }
      case 5 -> {
        int depth = 10 + random.nextInt(5000);
        yield message.replaceFirst("\"params\":\\{", "\"params\":{\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + ",");
      }
      default -> message.replaceFirst("\"params\":\\{", "\"params\":{\"big\":\"" + "é".repeat(random.nextInt(200_000)) + "\",");
    };
  }

  private String notification() {
    String name = pick(NOTIFICATIONS);
    ObjectNode message = NODES.objectNode().put("jsonrpc", "2.0").put("method", "notifications/" + name);
    int id = random.nextInt(COUNT);
    if (name.equals("cancelled")) {
      cancelled.add(Integer.toString(id));
    }
    message.putObject("params").put("requestId", id);
    return message.toString();
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(300)];
    random.nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        bytes[i] = ' ';
      }
    }
    bytes[bytes.length - 1] = '\n';
    return bytes;
  }

  private String mutatedId() {
    return "m" + (++mutatedIds);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static void write(ByteArrayOutputStream out, String line) {
    out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
