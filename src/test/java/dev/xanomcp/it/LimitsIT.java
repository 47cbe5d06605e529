package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.tools.Validate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that once ended or froze the server, each sent to the real jar under the launcher's
 * JVM flags (a 512 KiB stack and a 32 MiB heap decide where recursion and memory give out): each
 * gets its own answer, a ping after it gets its reply, and the process exits 0 at end of input.
 */
class LimitsIT {
  /** The flags bin/xano-developer-mcp starts the JVM with. */
  static final String[] LAUNCHER_FLAGS = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k", "-Xmx32m", "-Xmn8m"};
  static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"ping\"}";

  @TempDir Path dir;

  /** The reply to request 1 after {@code lines}, with the ping after it answered and a clean exit. */
  static JsonNode answer(String... lines) throws Exception {
    return answer(false, lines);
  }

  static JsonNode answer(boolean roots, String... lines) throws Exception {
    return answer(roots, List.of(), lines);
  }

  static JsonNode answer(List<String> options, String... lines) throws Exception {
    return answer(false, options, lines);
  }

  static JsonNode answer(boolean roots, List<String> options, String... lines) throws Exception {
    List<String> flags = new ArrayList<>(List.of(LAUNCHER_FLAGS));
    flags.addAll(options);
    try (ServerProcess server = new ServerProcess(flags.toArray(String[]::new))) {
      server.send(String.format(ServerProcess.INITIALIZE, "2025-06-18").replace("\"capabilities\":{}", roots ? "\"capabilities\":{\"roots\":{}}" : "\"capabilities\":{}"));
      server.send(ServerProcess.INITIALIZED);
      for (String line : lines) {
        server.send(line);
      }
      server.send(PING);
      assertEquals(0, server.finish(StdioLimits.EXIT_SECONDS + 30), server.stderr());
      JsonNode answer = null;
      boolean pong = false;
      for (JsonNode reply : server.replies()) {
        if (reply.path("id").asInt() == 1 || reply.path("id").isNull()) {
          answer = reply;
        }
        pong |= reply.toString().equals("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}");
      }
      assertTrue(pong, "the ping after it was answered: " + server.stdout());
      assertFalse(server.stderr().contains("OutOfMemoryError") || server.stderr().contains("StackOverflowError"), server.stderr());
      return answer;
    }
  }

  static String call(String tool, ObjectNode arguments) {
    ObjectNode request = ServerProcess.JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "tools/call");
    request.putObject("params").put("name", tool).set("arguments", arguments);
    return request.toString();
  }

  static ObjectNode arguments() {
    return ServerProcess.JSON.createObjectNode();
  }

  static String text(JsonNode reply) {
    return reply.at("/result/content/0/text").asText();
  }

  /** A tool's answer to the model: a result, not a protocol error. */
  static String toolAnswer(JsonNode reply) {
    assertTrue(reply != null && reply.has("result"), String.valueOf(reply));
    return text(reply);
  }

  @Test
  void anIdPastSixtyFourBitsIsRefusedInEveryPlace() throws Exception {
    JsonNode reply = answer("{\"jsonrpc\":\"2.0\",\"id\":9223372036854775808,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":9223372036854775808,\"result\":{}}");
    assertEquals(-32600, reply.at("/error/code").asInt(), reply.toString());
    try (ServerProcess server = new ServerProcess(LAUNCHER_FLAGS)) {
      server.send("{\"jsonrpc\":\"2.0\",\"id\":9223372036854775808,\"method\":\"ping\"}");
      server.send(PING);
      assertEquals(0, server.finish(StdioLimits.EXIT_SECONDS));
      assertEquals(List.of(-32600, 0), server.replies().stream().map(r -> r.at("/error/code").asInt()).toList());
    }
  }

  @Test
  void aThousandNestedParenthesesInCodeAreOneDiagnostic() throws Exception {
    String code = "function \"f\" {\n  stack {\n    var $x {\n      value = " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n    }\n  }\n  response = $x\n}\n";
    String answer = toolAnswer(answer(call("validate_xanoscript", arguments().put("code", code))));
    assertTrue(answer.contains("nested deeper"), answer);
  }

  @Test
  void argumentsNestedNineHundredLevelsAreRefusedWhenRead() throws Exception {
    String deep = "{\"a\":".repeat(900) + "1" + "}".repeat(900);
    JsonNode reply = answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"mcp_version\",\"arguments\":" + deep + "}}");
    assertEquals(-32600, reply.at("/error/code").asInt(), reply.toString());
    assertTrue(reply.at("/error/message").asText().contains("nested deeper"), reply.toString());
  }

  /** Valid code of about {@code size} characters: a function of many conditionals. */
  static String validCode(int size) {
    StringBuilder code = new StringBuilder("function \"big\" {\n  input {\n    int n\n  }\n  stack {\n");
    for (int i = 0; code.length() < size - 200; i++) {
      code.append("    conditional {\n      if ($input.n > ").append(i).append(") {\n        var $v").append(i).append(" {\n          value = ").append(i)
          .append("\n        }\n      }\n    }\n");
    }
    return code.append("  }\n  response = null\n}\n").toString();
  }

  @Test
  void codeOverTheCapIsRefusedBeforeAnyWork() throws Exception {
    for (String code : List.of(validCode(1024 * 1024), "function \"f\" {\n  stack {\n    var $" + "x".repeat(400_000) + " {\n      value = 1\n    }\n  }\n}\n")) {
      JsonNode reply = answer(call("validate_xanoscript", arguments().put("code", code)));
      assertTrue(reply.at("/result/isError").asBoolean(), reply.toString());
      assertTrue(text(reply).startsWith("'code' has ") && text(reply).contains("the limit is 262,144"), text(reply));
    }
  }

  /** Valid code at the cap is checked within a time limit of 5 s, within the heap: linear work. */
  @Test
  void validCodeAtTheCapIsCheckedWithinAFiveSecondLimit() throws Exception {
    String code = validCode(Validate.CODE_CAP);
    JsonNode reply = answer(List.of("-Dxano.mcp.callTimeout=PT5S"), call("validate_xanoscript", arguments().put("code", code)));
    assertTrue(reply.has("result"), reply.toString());
    assertTrue(text(reply).startsWith("Valid"), text(reply));
  }

  @Test
  void aHugeIdentifierWithinTheCapIsNotEchoed() throws Exception {
    String code = "function \"f\" {\n  stack {\n    var $" + "x".repeat(250_000) + " {\n      value = 1\n    }\n  }\n  response = $y\n}\n";
    JsonNode reply = answer(call("validate_xanoscript", arguments().put("code", code)));
    assertTrue(reply.has("result"), reply.toString());
    assertTrue(reply.toString().length() < 20_000, reply.toString().length() + " bytes");
  }

  @Test
  void codeFullOfErrorsListsTwentyAndSaysHowManyMore() throws Exception {
    String line = "    boolean x\n";
    String code = "function \"f\" {\n  stack {\n" + line.repeat((Validate.CODE_CAP - 100) / line.length()) + "  }\n}\n";
    String answer = toolAnswer(answer(call("validate_xanoscript", arguments().put("code", code))));
    assertTrue(answer.startsWith("Invalid"), answer.substring(0, Math.min(200, answer.length())));
    assertTrue(answer.contains("more"), answer);
    assertTrue(answer.length() < 20_000, answer.length() + " characters");
  }

  @Test
  void hugeNamesAndWordsAreRefusedBeforeAnyWork() throws Exception {
    String mega = "a".repeat(1_000_000);
    for (String line : List.of(
        call("run_api_docs", arguments().put("topic", mega)),
        call("run_api_docs", arguments().put("topic", "session").put("section", mega)),
        call("xanoscript_docs", arguments().put("file_path", "api/" + "x".repeat(8 * 1024) + ".xs")),
        call("search_docs", arguments().put("query", mega)),
        call("search_docs", arguments().put("query", "x".repeat(100_000))))) {
      JsonNode reply = answer(line);
      assertTrue(reply.at("/result/isError").asBoolean(), reply.toString());
      assertTrue(text(reply).contains("the limit is"), text(reply));
    }
  }

  @Test
  void manyQueryTermsWithinTheCapAreSearched() throws Exception {
    for (String word : List.of("sort ", "xano workflow_test get ", "PATCH /session/{id} ", "keep only the the the ", "fall back %s ")) {
      String query = word.repeat(1_000 / word.length()).strip();
      JsonNode reply = answer(call("search_docs", arguments().put("query", query)));
      assertFalse(reply.at("/result/isError").asBoolean(), reply.toString());
    }
  }

  @Test
  void promptArgumentsHaveCapsToo() throws Exception {
    ObjectNode params = ServerProcess.JSON.createObjectNode().put("name", "write_xanoscript");
    params.putObject("arguments").put("file_path", "api/" + "x".repeat(8 * 1024) + ".xs").put("task", "t");
    ObjectNode request = ServerProcess.JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "prompts/get");
    request.set("params", params);
    JsonNode reply = answer(request.toString());
    assertEquals(-32602, reply.at("/error/code").asInt(), reply.toString());
    params.put("name", "call_meta_api").putObject("arguments").put("goal", "g".repeat(1_000_000));
    reply = answer(request.toString());
    assertEquals(-32602, reply.at("/error/code").asInt(), reply.toString());
  }

  @Test
  void aFifoNamedXsIsRefusedNotOpened() throws Exception {
    Path fifo = dir.resolve("x.xs");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS), "mkfifo is not available");
    assumeTrue(Files.exists(fifo), "mkfifo made no FIFO");
    ObjectNode arguments = arguments();
    arguments.putArray("file_paths").add(fifo.toString());
    String answer = text(answer(call("validate_xanoscript", arguments)));
    assertTrue(answer.contains("FIFO") || answer.contains("pipe"), answer);
  }

  @Test
  void aLinkToDevZeroIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("zero.xs"), Path.of("/dev/zero"));
    ObjectNode arguments = arguments();
    arguments.putArray("file_paths").add(link.toString());
    String answer = text(answer(call("validate_xanoscript", arguments)));
    assertTrue(answer.contains("not a regular file") || answer.contains("device"), answer);
  }

  @Test
  void aLinkOutOfTheClientsRootsIsNotRead() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Path secrets = Files.writeString(dir.resolve("secrets.env"), "API_KEY=made-up-secret-123\nPASSWORD=hunter2\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(project.resolve("leak.xs"), secrets);
    ObjectNode arguments = arguments();
    arguments.putArray("file_paths").add("leak.xs");
    String rootsAnswer = "{\"jsonrpc\":\"2.0\",\"id\":\"roots-1\",\"result\":{\"roots\":[{\"uri\":\"" + project.toUri() + "\"}]}}";
    JsonNode reply = answer(true, rootsAnswer, call("validate_xanoscript", arguments));
    assertFalse(reply.toString().contains("API_KEY") || reply.toString().contains("PASSWORD"), reply.toString());
    assertTrue(text(reply).contains("outside"), text(reply));
  }

  @Test
  void aBadGlobAndUnreadableFoldersAreAnswersNotInternalErrors() throws Exception {
    Files.writeString(dir.resolve("a.xs"), "function \"a\" {\n  stack {\n  }\n  response = null\n}\n");
    JsonNode glob = answer(call("validate_xanoscript", arguments().put("directory", dir.toString()).put("pattern", "[a-")));
    assertFalse(text(glob).contains("Internal error"), text(glob));
    assertTrue(text(glob).contains("glob"), text(glob));
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("b.xs"), "function \"b\" {\n  stack {\n  }\n  response = null\n}\n");
    locked.toFile().setReadable(false);
    try {
      JsonNode folder = answer(call("validate_xanoscript", arguments().put("directory", dir.toString())));
      assertFalse(text(folder).contains("Internal error"), text(folder));
    } finally {
      locked.toFile().setReadable(true);
    }
  }
}
