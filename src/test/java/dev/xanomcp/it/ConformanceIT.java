package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}) against the jar:
 * the server scenarios that fit a documentation server. The suite speaks Streamable HTTP only, so
 * {@code supergateway} bridges it to the server's stdio; both need Node 22, which the pinned
 * {@code node} package of {@code src/test/conformance} provides. Both run with that node itself, not
 * through their shims in {@code node_modules/.bin} (sh scripts, or .cmd files on Windows).
 */
class ConformanceIT {
  static final Path FOLDER = Platform.ROOT.resolve("src/test/conformance");
  static final Path NODE = FOLDER.resolve("node_modules/node/bin").resolve(Platform.exe("node"));
  private static Process gateway;
  private static int port;

  @BeforeAll
  static void startTheBridge() throws Exception {
    if (!Files.exists(FOLDER.resolve("node_modules/@modelcontextprotocol/conformance/package.json")) || !Files.exists(NODE)) {
      InspectorIT.Call install = InspectorIT.run(FOLDER, Platform.script("npm", "install", "--no-save", "--no-audit", "--no-fund"), 600);
      assertEquals(0, install.status(), "npm install failed:\n" + install.stderr());
    }
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    // supergateway starts it with a shell (sh, or cmd.exe on Windows): both take the quotes.
    String server = "\"" + ServerProcess.JAVA + "\" -Xlog:disable -jar \"" + ServerProcess.JAR + "\"";
    ProcessBuilder builder = new ProcessBuilder(node("supergateway", "supergateway", "--stdio", server,
        "--outputTransport", "streamableHttp", "--stateful", "--port", Integer.toString(port), "--logLevel", "none"))
        .directory(FOLDER.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
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

  /** The command that runs the program {@code bin} of package {@code name} with the pinned Node 22. */
  private static List<String> node(String name, String bin, String... args) throws IOException {
    Path folder = FOLDER.resolve("node_modules").resolve(name);
    String script = InspectorIT.JSON.readTree(folder.resolve("package.json").toFile()).path("bin").path(bin).asText();
    List<String> command = new ArrayList<>(List.of(NODE.toString(), folder.resolve(script).toString()));
    command.addAll(List.of(args));
    return Platform.arguments(command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"server-initialize", "ping", "tools-list", "resources-list", "logging-set-level", "completion-complete", "prompts-list"})
  void scenarioPasses(String scenario) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(node("@modelcontextprotocol/conformance", "conformance", "server",
        "--url", "http://localhost:" + port + "/mcp", "--scenario", scenario));
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
