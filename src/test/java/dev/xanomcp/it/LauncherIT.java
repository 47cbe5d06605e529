package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/xano-developer-mcp: which Java it picks, and its start-up cache, which only ever costs
 * speed: missing, damaged or impossible to write, the server still answers with clean stdout.
 */
class LauncherIT {
  static final Path LAUNCHER = Path.of("bin/xano-developer-mcp").toAbsolutePath();
  /** The JDK running the tests (17 in CI); the launcher must take it when it is the only one. */
  static final Path JDK17 = Path.of(System.getProperty("java.home"));
  static final Path JDK25 = Path.of(System.getProperty("jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
  static final String EXCHANGE =
      String.format(ServerProcess.INITIALIZE, "2025-06-18") + "\n" + ServerProcess.INITIALIZED + "\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}\n";

  @TempDir Path cacheDir;

  /** Runs the launcher with {@code env} and {@code input}; returns exit status, stdout and stderr. */
  static String[] launch(Map<String, String> env, String input, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(concat(LAUNCHER.toString(), args));
    builder.environment().remove("JAVA_HOME");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
    return new String[] {Integer.toString(process.exitValue()), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
  }

  static List<String> concat(String first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all;
  }

  Map<String, String> env(Path javaHome) {
    return Map.of("JAVA_HOME", javaHome.toString(), "XANO_MCP_CACHE_DIR", cacheDir.toString());
  }

  /** The java command the launcher would run, one argument a line. */
  List<String> command(Map<String, String> env) throws Exception {
    Map<String, String> printing = new HashMap<>(env);
    printing.put("XANO_MCP_PRINT_COMMAND", "1");
    return launch(printing, "")[1].lines().toList();
  }

  static void assertAnswersCleanly(String[] run) throws IOException {
    assertEquals("0", run[0], run[2]);
    List<String> lines = run[1].lines().toList();
    assertEquals(2, lines.size(), run[1]);
    for (String line : lines) {
      assertEquals("2.0", new ObjectMapper().readTree(line).path("jsonrpc").asText(), line);
    }
  }

  /** Waits for the background training to leave a cache the launcher uses; returns its path. */
  Path awaitCache(Map<String, String> env) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      for (String arg : command(env)) {
        if (arg.startsWith("-XX:AOTCache=") || arg.startsWith("-XX:SharedArchiveFile=")) {
          return Path.of(arg.substring(arg.indexOf('=') + 1));
        }
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError("no start-up cache appeared in " + cacheDir);
  }

  void cacheIsMadeUsedAndRefusedWhenDamaged(Path javaHome, String flag) throws Exception {
    Map<String, String> env = env(javaHome);
    assertAnswersCleanly(launch(env, EXCHANGE));
    Path cache = awaitCache(env);
    assertTrue(command(env).contains(flag + cache), command(env).toString());
    assertAnswersCleanly(launch(env, EXCHANGE));

    cache.toFile().setWritable(true);
    try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(new byte[64 * 1024]);
    }
    assertFalse(command(env).stream().anyMatch(a -> a.startsWith(flag)), "a damaged cache must not be used");
    assertAnswersCleanly(launch(env, EXCHANGE));
    awaitCache(env);
  }

  @Test
  void theTestJdkGetsItsCache() throws Exception {
    cacheIsMadeUsedAndRefusedWhenDamaged(JDK17, Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=");
  }

  @Test
  void java25GetsAnAotCache() throws Exception {
    assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25 at " + JDK25);
    cacheIsMadeUsedAndRefusedWhenDamaged(JDK25, "-XX:AOTCache=");
  }

  @Test
  void anUnwritableCacheFolderOnlyCostsSpeed() throws Exception {
    Path file = Files.writeString(cacheDir.resolve("not-a-folder"), "x");
    Map<String, String> env = Map.of("JAVA_HOME", JDK17.toString(), "XANO_MCP_CACHE_DIR", file.resolve("cache").toString());
    assertAnswersCleanly(launch(env, EXCHANGE));
    assertFalse(command(env).stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-XX:AOTCache=")));
  }

  @Test
  void theCacheCanBeTurnedOff() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", JDK17.toString(), "XANO_MCP_CACHE_DIR", cacheDir.toString(), "XANO_MCP_NO_CACHE", "1");
    assertAnswersCleanly(launch(env, EXCHANGE));
    try (var files = Files.list(cacheDir)) {
      assertEquals(0, files.count(), "nothing is trained when the cache is off");
    }
  }

  @Test
  void theNewestJdkOfJavaHomeAndPathWins() throws Exception {
    assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "no JDK 25 at " + JDK25);
    String path = JDK17.resolve("bin") + ":/usr/bin:/bin";
    assertEquals(JDK25.resolve("bin/java").toString(),
        command(Map.of("JAVA_HOME", JDK25.toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1")).get(0));
    String path25 = JDK25.resolve("bin") + ":/usr/bin:/bin";
    assertEquals(JDK25.resolve("bin/java").toString(),
        command(Map.of("JAVA_HOME", JDK17.toString(), "PATH", path25, "XANO_MCP_NO_CACHE", "1")).get(0));
  }

  @Test
  void versionAndHelpPassThrough() throws Exception {
    String[] run = launch(Map.of("XANO_MCP_NO_CACHE", "1"), "", "--version");
    assertEquals("0", run[0], run[2]);
    assertTrue(run[1].startsWith("xano-developer-mcp "), run[1]);
  }
}
