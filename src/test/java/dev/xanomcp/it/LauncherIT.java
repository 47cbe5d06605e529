package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/xano-developer-mcp: which Java it picks; how it builds, updates and falls back to the
 * previous jar, killed builds included; and its start-up cache, which only ever costs speed:
 * missing, damaged or impossible to write, the server still answers with clean stdout. Tests
 * that build or update run copies of the launcher in temporary checkouts ({@link Checkout}).
 */
class LauncherIT {
  /** Why the tests of the sh launcher, its locks, PIDs and stand-ins for Maven, skip Windows. */
  static final String POSIX =
      "bin/xano-developer-mcp is the POSIX sh launcher; Windows runs bin\\xano-developer-mcp.cmd (InspectorIT, NpmPackageIT, ci.yml's launcher step)";
  static final Path LAUNCHER = Path.of("bin/xano-developer-mcp").toAbsolutePath();
  /** The JDK running the tests; the launcher must take it when it is the only one. */
  static final Path TEST_JDK = Jdks.TEST;
  static final String TEST_JDK_CACHE = Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
  static final Optional<Path> JDK25 = Jdks.JDK25;
  static final String EXCHANGE =
      String.format(ServerProcess.INITIALIZE, "2025-06-18") + "\n" + ServerProcess.INITIALIZED + "\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}\n";

  @TempDir Path cacheDir;
  @TempDir Path temp;

  /** A PATH without Maven, of links in a temporary folder. */
  String pathWithoutMaven() throws IOException {
    return Checkout.pathWithoutMaven(temp.resolve("no-maven"));
  }

  /** Removes the links of {@link Checkout#pathWithout} itself: JUnit warns of each one it meets. */
  @AfterEach
  void removeLinks() throws IOException {
    for (Path links : List.of(temp.resolve("no-maven"), temp.resolve("no-java"))) {
      if (Files.isDirectory(links)) {
        try (Stream<Path> files = Files.list(links)) {
          for (Path link : (Iterable<Path>) files::iterator) {
            Files.delete(link);
          }
        }
      }
    }
  }

  /** Exit status, stdout and stderr of one run of a launcher. */
  record Run(int status, String out, String err) {}

  /** Runs {@code launcher} with {@code env} and {@code input}. */
  static Run launch(Path launcher, Map<String, String> env, String input, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_HOME");
    builder.environment().putAll(env);
    Path err = Files.createTempFile("launcher", ".err");
    try {
      // stderr in a file: a build writes an unknown amount to it while nobody reads stdout.
      Process process = builder.redirectError(err.toFile()).start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "launcher did not finish");
      return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
    } finally {
      Files.delete(err);
    }
  }

  Map<String, String> env(Path javaHome) {
    return Map.of("JAVA_HOME", javaHome.toString(), "XANO_MCP_CACHE_DIR", cacheDir.toString());
  }

  /** The java command a launcher would run, one argument a line. */
  static List<String> command(Path launcher, Map<String, String> env) throws Exception {
    Map<String, String> printing = new HashMap<>(env);
    printing.put("XANO_MCP_PRINT_COMMAND", "1");
    return launch(launcher, printing, "").out().lines().toList();
  }

  static void assertAnswersCleanly(Run run) throws IOException {
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    for (String line : lines) {
      assertEquals("2.0", new ObjectMapper().readTree(line).path("jsonrpc").asText(), line);
    }
  }

  /** Waits for the background training to leave a cache the launcher uses; returns its path. */
  static Path awaitCache(Path launcher, Map<String, String> env) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      for (String arg : command(launcher, env)) {
        if (arg.startsWith("-XX:AOTCache=") || arg.startsWith("-XX:SharedArchiveFile=")) {
          return Path.of(arg.substring(arg.indexOf('=') + 1));
        }
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError("no start-up cache appeared for " + launcher);
  }

  void cacheIsMadeUsedAndRefusedWhenDamaged(Path javaHome, String flag) throws Exception {
    Map<String, String> env = env(javaHome);
    assertAnswersCleanly(launch(LAUNCHER, env, EXCHANGE));
    Path cache = awaitCache(LAUNCHER, env);
    assertTrue(command(LAUNCHER, env).contains(flag + cache), command(LAUNCHER, env).toString());
    assertAnswersCleanly(launch(LAUNCHER, env, EXCHANGE));

    cache.toFile().setWritable(true);
    try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(new byte[64 * 1024]);
    }
    assertFalse(command(LAUNCHER, env).stream().anyMatch(a -> a.startsWith(flag)), "a damaged cache must not be used");
    assertAnswersCleanly(launch(LAUNCHER, env, EXCHANGE));
    awaitCache(LAUNCHER, env);
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void theTestJdkGetsItsCache() throws Exception {
    cacheIsMadeUsedAndRefusedWhenDamaged(TEST_JDK, TEST_JDK_CACHE);
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void java25GetsAnAotCache() throws Exception {
    assumeTrue(JDK25.isPresent(), "no JDK 25 found: set -Djdk25=/path/to/jdk-25");
    assumeTrue(Runtime.version().feature() < 25, "the tests run on Java 25+: theTestJdkGetsItsCache covers it");
    cacheIsMadeUsedAndRefusedWhenDamaged(JDK25.get(), "-XX:AOTCache=");
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void checkoutsKeepTheirOwnCaches() throws Exception {
    Checkout a = new Checkout(temp.resolve("a")).withJar();
    Checkout b = new Checkout(temp.resolve("b")).withJar();
    Map<String, String> env = env(TEST_JDK);
    Path cacheA = awaitCache(a.launcher(), env);
    Path cacheB = awaitCache(b.launcher(), env);
    assertNotEquals(cacheA, cacheB);
    for (Checkout checkout : List.of(a, b, a, b)) {
      assertAnswersCleanly(launch(checkout.launcher(), env, EXCHANGE));
    }
    assertTrue(Files.exists(cacheA) && Files.exists(cacheB), "made by one checkout, removed by the other");
    assertTrue(command(a.launcher(), env).contains(TEST_JDK_CACHE + cacheA), command(a.launcher(), env).toString());
    assertTrue(command(b.launcher(), env).contains(TEST_JDK_CACHE + cacheB), command(b.launcher(), env).toString());
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void anUnwritableCacheFolderOnlyCostsSpeed() throws Exception {
    Path file = Files.writeString(cacheDir.resolve("not-a-folder"), "x");
    Map<String, String> env = Map.of("JAVA_HOME", TEST_JDK.toString(), "XANO_MCP_CACHE_DIR", file.resolve("cache").toString());
    assertAnswersCleanly(launch(LAUNCHER, env, EXCHANGE));
    assertFalse(command(LAUNCHER, env).stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-XX:AOTCache=")));
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void theCacheCanBeTurnedOff() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", TEST_JDK.toString(), "XANO_MCP_CACHE_DIR", cacheDir.toString(), "XANO_MCP_NO_CACHE", "1");
    assertAnswersCleanly(launch(LAUNCHER, env, EXCHANGE));
    try (var files = Files.list(cacheDir)) {
      assertEquals(0, files.count(), "nothing is trained when the cache is off");
    }
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void theNewestJdkOfJavaHomeAndPathWins() throws Exception {
    assumeTrue(JDK25.isPresent(), "no JDK 25 found: set -Djdk25=/path/to/jdk-25");
    assumeTrue(Runtime.version().feature() < 25, "the tests run on Java 25+: there is no older JDK to pass over");
    Path jdk25 = JDK25.get();
    String path = TEST_JDK.resolve("bin") + ":/usr/bin:/bin";
    assertEquals(jdk25.resolve("bin/java").toString(),
        command(LAUNCHER, Map.of("JAVA_HOME", jdk25.toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1")).get(0));
    String path25 = jdk25.resolve("bin") + ":/usr/bin:/bin";
    assertEquals(jdk25.resolve("bin/java").toString(),
        command(LAUNCHER, Map.of("JAVA_HOME", TEST_JDK.toString(), "PATH", path25, "XANO_MCP_NO_CACHE", "1")).get(0));
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void anInvalidJavaHomeIsNamedAndPassedOver() throws Exception {
    Path java11 = temp.resolve("jdk-11");
    Files.createDirectories(java11.resolve("bin"));
    Files.writeString(java11.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
    Files.writeString(java11.resolve("bin/java"), "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(java11.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    String path = TEST_JDK.resolve("bin") + ":/usr/bin:/bin";
    for (Path javaHome : List.of(temp.resolve("no-such-jdk"), java11)) {
      Run run = launch(LAUNCHER, Map.of("JAVA_HOME", javaHome.toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1"), EXCHANGE);
      assertAnswersCleanly(run);
      assertTrue(run.err().contains("JAVA_HOME=" + javaHome + " "), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
    }
    assertTrue(command(LAUNCHER, Map.of("JAVA_HOME", java11.toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1")).get(0).startsWith(TEST_JDK.toString()));
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void aStaleLockWhoseOwnerIsGoneIsTakenOverAtOnce() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Checkout checkout = new Checkout(temp.resolve("checkout")).withNewerSources();
    Map<String, String> env = Map.of("JAVA_HOME", TEST_JDK.toString(), "PATH", Checkout.fakeMaven(temp.resolve("fake")), "XANO_MCP_NO_CACHE", "1");
    // A lock with the PID of a process that ended, and one without a PID (its owner died before
    // writing it, or an older launcher left it).
    for (String pid : new String[] {gone.pid() + "\n", null}) {
      Files.createDirectories(checkout.lock());
      if (pid != null) {
        Files.writeString(checkout.lock().resolve("pid"), pid);
      }
      Files.deleteIfExists(checkout.jar());
      long start = System.nanoTime();
      Run run = launch(checkout.launcher(), env, EXCHANGE);
      assertAnswersCleanly(run);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15), "the lock was not taken over at once");
      assertTrue(run.err().contains("taking over the build lock"), run.err());
      assertFalse(Files.exists(checkout.lock()), "the lock is released");
    }
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void aBuildKilledMidwayBlocksNoLaterStart() throws Exception {
    Checkout checkout = new Checkout(temp.resolve("checkout")).withRealSources();
    Map<String, String> env = Map.of("JAVA_HOME", TEST_JDK.toString(), "XANO_MCP_NO_CACHE", "1");
    ProcessBuilder first = new ProcessBuilder(checkout.launcher().toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    first.environment().putAll(env);
    Process killed = first.start();
    List<ProcessHandle> orphans = new ArrayList<>();
    try {
      // Killed once Maven is at work: the lock is taken and the sources are copied for it.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      Path copied = checkout.root.resolve("target/launcher-build." + killed.pid() + "/src/main");
      while (!Files.exists(copied) && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
      assertTrue(Files.exists(copied), "the first start did not begin to build");
      TimeUnit.SECONDS.sleep(1);
      orphans.addAll(killed.descendants().toList());
      killed.destroyForcibly().waitFor();
      // Its Maven outlives it, as it would a client's SIGKILL; ended here only to keep the test
      // short, since the next start does not depend on it: that one builds in a folder of its own.
      orphans.forEach(ProcessHandle::destroyForcibly);
      assertTrue(Files.exists(checkout.lock()), "SIGKILL leaves the lock behind");
      assertFalse(Files.exists(checkout.jar()), "no jar before a build completed");

      Run run = launch(checkout.launcher(), env, EXCHANGE);
      assertAnswersCleanly(run);
      assertTrue(run.err().contains("taking over the build lock of process " + killed.pid()), run.err());
      assertFalse(run.err().contains("waiting"), run.err());
      assertFalse(run.err().contains("\u001b"), "colour codes reached the client's log: " + run.err());
      assertFalse(run.err().contains("WARNING"), "Maven's JVM warned in the client's log: " + run.err());
      assertFalse(Files.exists(checkout.lock()), "the lock is released");
    } finally {
      orphans.addAll(killed.descendants().toList());
      killed.destroyForcibly();
      orphans.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Maven 3.8 on Java 24+ warns four lines about sun.misc.Unsafe, and the option that silences it
   * stops Java 22 and older from starting: a build on the JDK that the killed build above does not
   * use (Java 25 when the tests run on 17, else one of 17 to 24) says only that it builds.
   */
  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void aBuildOnTheOtherJdkSaysOnlyThatItBuilds() throws Exception {
    Optional<Path> other = Runtime.version().feature() >= 25 ? Jdks.JDK17 : JDK25;
    assumeTrue(other.isPresent(), "no second JDK found: set -Djdk17=/path/to/jdk-17 or -Djdk25=/path/to/jdk-25");
    Checkout checkout = new Checkout(temp.resolve("checkout")).withRealSources();
    // Its java only: the launcher would take a newer one from PATH.
    String path = other.get().resolve("bin") + ":" + Checkout.pathWithout(temp.resolve("no-java"), "java");
    Run run = launch(checkout.launcher(), Map.of("JAVA_HOME", other.get().toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1"), EXCHANGE);
    assertAnswersCleanly(run);
    assertEquals(List.of("xano-developer-mcp: building " + checkout.jar() + " (first start or sources changed)..."), run.err().lines().toList());
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void anUpdateWithoutMavenStartsThePreviousJar() throws Exception {
    Checkout checkout = new Checkout(temp.resolve("checkout")).withJar().withNewerSources();
    String path = pathWithoutMaven();
    Run run = launch(checkout.launcher(), Map.of("JAVA_HOME", TEST_JDK.toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1"), EXCHANGE);
    assertAnswersCleanly(run);
    assertTrue(run.err().contains("starting the previous build"), run.err());
    assertTrue(run.err().contains("Maven (mvn) is not on PATH"), run.err());
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void aFailedBuildStartsThePreviousJar() throws Exception {
    Checkout checkout = new Checkout(temp.resolve("checkout")).withJar().withNewerSources();
    String path = Checkout.fakeMaven(temp.resolve("fake"));
    Run run = launch(checkout.launcher(), Map.of("JAVA_HOME", TEST_JDK.toString(), "PATH", path, "FAKE_MAVEN", "fail", "XANO_MCP_NO_CACHE", "1"), EXCHANGE);
    assertAnswersCleanly(run);
    assertTrue(run.err().contains("[ERROR] the build broke"), run.err());
    assertTrue(run.err().contains("starting the previous build") && run.err().contains("its build failed"), run.err());
    try (Stream<Path> left = Files.list(checkout.jar().getParent())) {
      assertEquals(List.of(checkout.jar()), left.toList(), "the lock and the build folder are removed");
    }
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = POSIX)
  void withoutJarOrMavenItSaysWhatToDo() throws Exception {
    Checkout checkout = new Checkout(temp.resolve("checkout")).withNewerSources();
    String path = pathWithoutMaven();
    Run run = launch(checkout.launcher(), Map.of("JAVA_HOME", TEST_JDK.toString(), "PATH", path), "");
    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().contains("Install Maven 3.8+ and run: cd '" + checkout.root + "' && mvn -DskipTests package"), run.err());
  }

  @Test
  void theWindowsLauncherRunsJavaAsThisOneDoes() throws IOException {
    String sh = Files.readString(LAUNCHER);
    String cmd = Files.readString(LAUNCHER.resolveSibling("xano-developer-mcp.cmd"));
    assertEquals(group(sh, "\nflags=\"([^\"]+)\""), group(cmd, "\nset \"FLAGS=([^\"]+)\""));
    assertEquals(group(sh, "\nset -- (.+) \\$flags"), group(cmd, "\nset JVM=(.+) %CDS%"));
    assertFalse(cmd.replace("\r\n", "").contains("\n"), "cmd misreads labels in a file with LF line ends: keep CRLF");
  }

  static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), regex);
    return matcher.group(1);
  }

  @Test
  void versionAndHelpPassThrough() throws Exception {
    Run run = launch(Platform.LAUNCHER, Map.of("XANO_MCP_NO_CACHE", "1"), "", "--version");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("xano-developer-mcp "), run.out());
  }
}
