package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of generated messages, valid, mutated and random, sent to the real jar in one go. The
 * server must answer every valid request exactly once, write nothing but JSON-RPC, never print a
 * stack trace and exit cleanly at end of input. Seeded and reproducible: {@code -Dfuzz.seed=N}
 * picks the seed, {@code -Dfuzz.count=N} the number of messages (3,000 by default; try 100000 for
 * a long run).
 */
class StdioFuzzIT {
  static final long SEED = Long.getLong("fuzz.seed", 20261128L);
  static final int COUNT = Integer.getInteger("fuzz.count", 3000);

  static final String[] TOOLS = {"run_api_docs", "meta_api_docs", "xanoscript_docs", "mcp_version", "no_such_tool"};
  static final String[] WORDS = {"start", "session", "table", "api", "syntax", "db", "sesion", "", " ", "ü", "☃", "\\u0000", "../x", "\\\"", "mcp_server"};
  static final String[] KEYS = {"topic", "detail_level", "include_schemas", "file_path", "mode", "extra"};
  static final String[] URIS = {"xanoscript://docs/syntax", "run-api://docs/run", "meta-api://docs/table", "xanoscript://docs/../x", "file:///etc/passwd", "", "xanoscript://docs/syntax/array-filters"};
  /** Ids of a wrong type; an integer would be a valid id and could collide with a real one. */
  static final String[] BAD_IDS = {"true", "false", "null", "1.5", "-0.25", "[]", "[1]", "{}", "{\"id\":1}", "1e3"};
  static final String[] METHODS = {"ping", "tools/list", "resources/list", "tools/call", "resources/read", "prompts/list", "no/such", "resources/templates/list"};

  private final Random random = new Random(SEED);
  private int mutatedIds;

  @ParameterizedTest(name = "protocol {0}")
  @ValueSource(strings = {"2025-06-18", "2025-03-26"})
  void generatedTrafficNeverBreaksTheServer(String protocol) throws Exception {
    Set<String> mustAnswer = new HashSet<>();
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    write(input, String.format(ServerProcess.INITIALIZE, protocol));
    write(input, ServerProcess.INITIALIZED);
    for (int n = 1; n <= COUNT; n++) {
      switch (random.nextInt(10)) {
        case 0, 1, 2, 3 -> {
          mustAnswer.add(Integer.toString(n));
          write(input, request(Integer.toString(n)));
        }
        case 4 -> write(input, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/" + pick(WORDS) + "\",\"params\":{}}");
        case 5, 6, 7 -> write(input, mutate(request(mutatedId())));
        case 8 -> input.write(randomBytes());
        default -> write(input, "[" + request(mutatedId()) + "," + mutate(request(mutatedId())) + "]");
      }
    }
    try (ServerProcess server = new ServerProcess()) {
      server.sendBytes(input.toByteArray());
      assertEquals(0, server.finish(StdioLimits.EXIT_SECONDS + COUNT / 100), "seed " + SEED);
      Map<String, Integer> answers = new HashMap<>();
      for (JsonNode reply : server.replies()) {
        for (JsonNode single : reply.isArray() ? reply : List.of(reply)) {
          assertValidReply(single);
          answers.merge(single.get("id").toString().replace("\"", ""), 1, Integer::sum);
        }
      }
      answers.remove("null");
      assertEquals(1, answers.remove("0"), "initialize is answered once");
      for (String id : mustAnswer) {
        assertEquals(1, answers.getOrDefault(id, 0), "request " + id + " (seed " + SEED + ")");
      }
      answers.forEach((id, count) -> {
        assertTrue(mustAnswer.contains(id) || id.startsWith("m"), "reply to an id never sent: " + id);
        assertEquals(1, count, "id " + id + " answered more than once");
      });
      String stderr = server.stderr();
      assertFalse(stderr.contains("\tat "), "stack trace on stderr:\n" + stderr);
    }
  }

  static void assertValidReply(JsonNode reply) {
    assertTrue(reply.isObject(), reply.toString());
    assertEquals("2.0", reply.path("jsonrpc").asText(), reply.toString());
    assertTrue(reply.has("id"), reply.toString());
    assertTrue(reply.has("result") ^ reply.has("error"), reply.toString());
    if (reply.has("error")) {
      assertTrue(reply.at("/error/code").isInt() && reply.at("/error/message").isTextual(), reply.toString());
      assertFalse(reply.toString().contains("\\tat "), reply.toString());
    }
  }

  private String request(String id) {
    String method = pick(METHODS);
    String idJson = id.startsWith("m") ? "\"" + id + "\"" : id;
    String params = switch (method) {
      case "tools/call" -> "{\"name\":\"" + pick(TOOLS) + "\",\"arguments\":" + arguments() + "}";
      case "resources/read" -> "{\"uri\":\"" + pick(URIS) + "\"}";
      default -> "{}";
    };
    return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
  }

  private String arguments() {
    StringBuilder args = new StringBuilder("{");
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        args.append(',');
      }
      args.append('"').append(pick(KEYS)).append("\":").append(value());
    }
    return args.append('}').toString();
  }

  private String value() {
    return switch (random.nextInt(6)) {
      case 0 -> "\"" + pick(WORDS) + "\"";
      case 1 -> Integer.toString(random.nextInt(1000) - 500);
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> "[\"" + pick(WORDS) + "\"]";
      default -> "{\"k\":\"" + pick(WORDS) + "\"}";
    };
  }

  /** A damaged copy of a message: cut short, a field of the wrong type, raw control bytes, huge or deep. */
  private String mutate(String message) {
    return switch (random.nextInt(8)) {
      case 0 -> message.substring(0, random.nextInt(message.length()));
      case 1 -> message.replaceFirst("\"jsonrpc\":\"2.0\"", "\"jsonrpc\":" + value());
      case 2 -> message.replaceFirst("\"method\":\"[^\"]*\"", "\"method\":" + value());
      case 3 -> message.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":" + pick(BAD_IDS));
      case 4 -> message.replaceFirst("\"params\":", "\"params\":" + value() + ",\"x\":");
      case 5 -> {
        int at = random.nextInt(message.length());
        yield message.substring(0, at) + (char) random.nextInt(32) + message.substring(at);
      }
      case 6 -> {
        int depth = 10 + random.nextInt(5000);
        yield message.replaceFirst("\"params\":", "\"params\":{\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "},\"y\":");
      }
      default -> message.replaceFirst("\"params\":", "\"params\":{\"big\":\"" + "é".repeat(random.nextInt(200_000)) + "\"},\"z\":");
    };
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
