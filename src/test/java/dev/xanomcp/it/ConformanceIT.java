package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}) against the jar:
 * the server scenarios that fit a documentation server. The suite speaks Streamable HTTP only, so
 * {@code supergateway} bridges it to the server's stdio; both need Node 22, which the pinned
 * {@code node} package of {@code src/test/conformance} provides.
 */
class ConformanceIT {
  static final Path FOLDER = InspectorIT.ROOT.resolve("src/test/conformance");
  static final Path NODE_BIN = FOLDER.resolve("node_modules/node/bin");
  private static Process gateway;
  private static int port;

  @BeforeAll
  static void startTheBridge() throws Exception {
    if (!Files.exists(FOLDER.resolve("node_modules/.bin/conformance")) || !Files.exists(NODE_BIN.resolve("node"))) {
      InspectorIT.Call install = InspectorIT.run(FOLDER, List.of("npm", "install", "--no-save", "--no-audit", "--no-fund"), 600);
      assertEquals(0, install.status(), "npm install failed:\n" + install.stderr());
    }
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String server = "java -Xlog:disable -jar " + ServerProcess.JAR;
    ProcessBuilder builder = new ProcessBuilder(FOLDER.resolve("node_modules/.bin/supergateway").toString(), "--stdio", server,
        "--outputTransport", "streamableHttp", "--stateful", "--port", Integer.toString(port), "--logLevel", "none")
        .directory(FOLDER.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    path(builder.environment());
    gateway = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        new Socket("localhost", port).close();
        break;
      } catch (IOException notYet) {
        assertTrue(System.nanoTime() < deadline && gateway.isAlive(), "the bridge did not start");
        Thread.sleep(200);
      }
    }
  }

  @AfterAll
  static void stopTheBridge() {
    if (gateway != null) {
      gateway.descendants().forEach(ProcessHandle::destroy);
      gateway.destroy();
    }
  }

  /** Node 22 first on the PATH, for the scripts' {@code #!/usr/bin/env node}. */
  private static void path(Map<String, String> environment) {
    environment.put("PATH", NODE_BIN + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"server-initialize", "ping", "tools-list", "resources-list", "logging-set-level", "completion-complete", "prompts-list"})
  void scenarioPasses(String scenario) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(FOLDER.resolve("node_modules/.bin/conformance").toString(), "server",
        "--url", "http://localhost:" + port + "/mcp", "--scenario", scenario);
    path(builder.environment());
    Path out = Files.createTempFile("conformance", ".out");
    try {
      Process run = builder.directory(FOLDER.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      assertTrue(run.waitFor(120, TimeUnit.SECONDS), scenario + " did not finish");
      String report = Files.readString(out).replaceAll("\u001b\\[[0-9;]*m", "");
      assertEquals(0, run.exitValue(), report);
      assertTrue(report.contains("0 failed"), report);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
