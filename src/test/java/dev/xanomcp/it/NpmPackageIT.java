package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The npm package xano-developer-mcp-java as users get it: laid out by {@code npm/stage.js}, packed
 * with {@code npm pack}, and started with {@code npx --yes ./<tarball>} as an MCP client starts it
 * ({@code cmd /c npx ...} on Windows), in a fresh home whose npm cache is the existing one, offline;
 * then through the MCP Inspector; on Java 17 and 25. Its launcher is also run on its own: which Java
 * it takes, what it says without one, its start-up cache. Needs Node.js and npm.
 */
class NpmPackageIT {
  static final Path FOLDER = Platform.ROOT.resolve("target/npm");
  static final Path PACKAGE = FOLDER.resolve("package");
  static final Path LAUNCHER = PACKAGE.resolve("bin/xano-developer-mcp-java.js");
  static final String DOCS_CALL =
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"run_api_docs\",\"arguments\":{\"topic\":\"session\",\"detail_level\":\"summary\"}}}\n";
  static String tarball;
  static String version;
  static String npmCache;

  @TempDir Path temp;

  @BeforeAll
  static void pack() throws Exception {
    Optional<Path> node = Platform.onPath("node");
    assumeTrue(node.isPresent(), "no Node.js on PATH: the npm package can be neither packed nor started");
    Platform.Result stage = Platform.run(Platform.arguments(List.of("node", "npm/stage.js", ServerProcess.JAR.toString(), PACKAGE.toString())),
        Platform.ROOT, env -> env.put("JAVA_HOME", Jdks.TEST.toString()), "", 60);
    assertEquals(0, stage.status(), stage.err());
    Platform.Result pack = npm(List.of("pack", "--json", "--pack-destination", FOLDER.toString()), PACKAGE);
    JsonNode packed = InspectorIT.JSON.readTree(pack.out()).get(0);
    tarball = packed.path("filename").asText();
    version = packed.path("version").asText();
    // The figures the README quotes, in the test's log.
    System.out.printf("npm package %s: %d files, %,d bytes packed, %,d unpacked%n", tarball, packed.path("entryCount").asInt(),
        Files.size(FOLDER.resolve(tarball)), packed.path("unpackedSize").asLong());
    npmCache = npm(List.of("config", "get", "cache"), Platform.ROOT).out().strip();
    forgetInstalls();
  }

  static Platform.Result npm(List<String> args, Path dir) throws Exception {
    Platform.Result run = Platform.run(Platform.script("npm", args.toArray(String[]::new)), dir, env -> {}, "", 300);
    assertEquals(0, run.status(), "npm " + args + ": " + run.err());
    return run;
  }

  /**
   * Removes npx's installs of this package from the npm cache: npx takes a tarball it has installed
   * from the same path as installed, even when its content has changed since.
   */
  @AfterAll
  static void forgetInstalls() throws IOException {
    if (npmCache == null || !Files.isDirectory(Path.of(npmCache, "_npx"))) {
      return;
    }
    Path npx = Path.of(npmCache, "_npx");
    try (Stream<Path> installs = Files.list(npx)) {
      for (Path install : installs.filter(i -> Files.isDirectory(i.resolve("node_modules/xano-developer-mcp-java"))).toList()) {
        try (Stream<Path> files = Files.walk(install)) {
          files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
        }
      }
    }
  }

  /** The JDK of a feature release for the test, or a skip saying how to name one. */
  static Path jdk(int feature) {
    Optional<Path> jdk = feature >= 25 ? Jdks.JDK25 : Jdks.JDK17;
    assumeTrue(jdk.isPresent(), "no JDK " + (feature >= 25 ? "25+" : "17-24") + " found: set -Djdk" + feature + "=/path/to/jdk");
    return jdk.get();
  }

  /**
   * The environment of a client whose user has never run the package: a fresh home (and so a fresh
   * user cache folder), npm's cache pointing at the existing one, nothing fetched from the network.
   */
  static Consumer<Map<String, String>> freshHome(Path home, Path jdk) {
    return env -> {
      List.of("XDG_CACHE_HOME", "XANO_MCP_CACHE_DIR", "XANO_MCP_NO_CACHE", "XANO_MCP_PRINT_COMMAND").forEach(env::remove);
      env.putAll(homeVariables(home));
      env.put("JAVA_HOME", jdk.toString());
      env.put("npm_config_cache", npmCache);
      env.put("npm_config_offline", "true");
      env.put("npm_config_update_notifier", "false");
    };
  }

  /** The variables that name a user's home and, on Windows, their cache folder. */
  static Map<String, String> homeVariables(Path home) {
    return Platform.WINDOWS
        ? Map.of("HOME", home.toString(), "USERPROFILE", home.toString(), "LOCALAPPDATA", home.resolve("AppData/Local").toString())
        : Map.of("HOME", home.toString());
  }

  /** The user cache folder the package keeps its start-up caches in, below {@code home}. */
  static Path userCache(Path home) {
    String os = System.getProperty("os.name");
    Path root = Platform.WINDOWS ? home.resolve("AppData/Local") : os.startsWith("Mac") ? home.resolve("Library/Caches") : home.resolve(".cache");
    return root.resolve("xano-developer-mcp");
  }

  /** {@code npx --yes ./<tarball>} as a client starts it. */
  static List<String> npx() {
    return Platform.script("npx", "--yes", "./" + tarball);
  }

  static void assertServes(Platform.Result run) throws IOException {
    assertEquals(0, run.status(), run.err());
    List<JsonNode> replies = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      replies.add(InspectorIT.JSON.readTree(line));
    }
    assertEquals(List.of(0, 1, 2), replies.stream().map(r -> r.path("id").asInt(-1)).toList(), "stdout carries the replies only: " + run.out());
    assertEquals("run_api_docs", replies.get(1).at("/result/tools/0/name").asText(), run.out());
    assertTrue(replies.get(2).at("/result/content/0/text").asText().startsWith("# Sessions"), run.out());
  }

  /** Waits until {@code command} runs the server with a start-up cache; returns that JVM option. */
  static String awaitCache(List<String> command, Path dir, Consumer<Map<String, String>> env) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Platform.Result printed = Platform.run(command, dir, env.andThen(e -> e.put("XANO_MCP_PRINT_COMMAND", "1")), "", 60);
      Optional<String> option = printed.out().lines().filter(a -> a.startsWith("-XX:AOTCache=") || a.startsWith("-XX:SharedArchiveFile=")).findFirst();
      if (option.isPresent()) {
        return option.get();
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError("no start-up cache appeared for " + command);
  }

  @ParameterizedTest(name = "Java {0}")
  @ValueSource(ints = {17, 25})
  void npxServesTheToolsInAFreshHome(int feature) throws Exception {
    Path jdk = jdk(feature);
    Path home = Files.createDirectories(temp.resolve("home"));
    Consumer<Map<String, String>> env = freshHome(home, jdk);
    assertServes(Platform.run(npx(), FOLDER, env, LauncherIT.EXCHANGE + DOCS_CALL, 300));

    String cache = awaitCache(npx(), FOLDER, env);
    assertEquals(feature >= 25 ? "-XX:AOTCache" : "-XX:SharedArchiveFile", cache.substring(0, cache.indexOf('=')));
    Path file = Path.of(cache.substring(cache.indexOf('=') + 1));
    assertEquals(userCache(home).resolve("npm-" + version), file.getParent(), "in the user's cache folder, a folder per package version");
    assertServes(Platform.run(npx(), FOLDER, env, LauncherIT.EXCHANGE + DOCS_CALL, 120));

    List<String> variables = new ArrayList<>(List.of("JAVA_HOME=" + jdk, "npm_config_cache=" + npmCache, "npm_config_offline=true", "npm_config_update_notifier=false"));
    homeVariables(home).forEach((name, value) -> variables.add(name + "=" + value));
    InspectorIT.Call tools = InspectorIT.run(FOLDER, InspectorIT.inspector(npx(), variables, "--method", "tools/list"), 120);
    assertEquals(0, tools.status(), tools.stderr());
    assertEquals("validate_xanoscript", tools.json().at("/tools/5/name").asText(), tools.stdout());
    InspectorIT.Call docs = InspectorIT.run(FOLDER, InspectorIT.inspector(npx(), variables,
        "--method", "tools/call", "--tool-name", "xanoscript_docs", "--tool-args-json", "{\"file_path\":\"api/users/get.xs\",\"mode\":\"quick_reference\"}"), 120);
    assertEquals(0, docs.status(), docs.stderr());
    assertTrue(docs.json().at("/content/0/text").asText().startsWith("# XanoScript for `api/users/get.xs`"), docs.stdout());
  }

  /** The package's launcher run by node directly, with {@code env} on top of the test's environment. */
  static Platform.Result launch(Map<String, String> env, String input, String... args) throws Exception {
    return Platform.run(launcher(args), Platform.ROOT, e -> {
      e.remove("JAVA_HOME");
      e.putAll(env);
    }, input, 120);
  }

  /** The command that runs the package's launcher with node, found whatever PATH the launcher gets. */
  static List<String> launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(Platform.onPath("node").orElseThrow().toString(), LAUNCHER.toString()));
    command.addAll(List.of(args));
    return Platform.arguments(command);
  }

  @Test
  void withoutJavaItSaysWhatToInstall() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Platform.Result run = launch(Map.of("PATH", empty.toString()), "");
    assertEquals(1, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals("xano-developer-mcp-java: no Java 17 or newer found. Install a JDK 17 or newer (25 starts fastest), for example Eclipse Temurin "
        + "from https://adoptium.net, then set JAVA_HOME to its folder or put its bin folder on PATH.", run.err().strip());
  }

  @Test
  void aJavaHomeWithoutJava17IsNamedAndTheJavaOnPathServes() throws Exception {
    Path java11 = temp.resolve("jdk-11");
    Files.createDirectories(java11.resolve("bin"));
    Files.writeString(java11.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
    Files.writeString(java11.resolve("bin").resolve(Platform.exe("java")), "");
    java11.resolve("bin").resolve(Platform.exe("java")).toFile().setExecutable(true);
    String path = Jdks.TEST.resolve("bin").toString();
    for (Path javaHome : List.of(temp.resolve("no-such-jdk"), java11)) {
      Map<String, String> env = Map.of("JAVA_HOME", javaHome.toString(), "PATH", path, "XANO_MCP_NO_CACHE", "1");
      Platform.Result run = launch(env, LauncherIT.EXCHANGE + DOCS_CALL);
      assertServes(run);
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("xano-developer-mcp-java: JAVA_HOME=" + javaHome + " "), run.err());
    }
  }

  @Test
  void theNewerOfJavaHomeAndPathWins() throws Exception {
    Path jdk17 = jdk(17);
    Path jdk25 = jdk(25);
    for (List<Path> homeAndPath : List.of(List.of(jdk17, jdk25), List.of(jdk25, jdk17))) {
      Map<String, String> env = Map.of("JAVA_HOME", homeAndPath.get(0).toString(), "PATH", homeAndPath.get(1).resolve("bin").toString(),
          "XANO_MCP_NO_CACHE", "1", "XANO_MCP_PRINT_COMMAND", "1");
      assertEquals(Jdks.java(jdk25).toRealPath().toString(), launch(env, "").out().lines().findFirst().orElseThrow());
    }
  }

  /** The JVM options of bin/xano-developer-mcp, which measured fastest, and the arguments after the jar. */
  @Test
  void itRunsJavaAsTheLauncherDoes() throws Exception {
    String sh = Files.readString(Platform.ROOT.resolve("bin/xano-developer-mcp"));
    List<String> expected = new ArrayList<>(List.of(Jdks.java(Jdks.TEST).toRealPath().toString()));
    expected.addAll(List.of(group(sh, "\nset -- (.+) \\$flags").split(" ")));
    expected.addAll(List.of(group(sh, "\nflags=\"([^\"]+)\"").split(" ")));
    expected.addAll(List.of("-jar", PACKAGE.resolve("xano-developer-mcp.jar").toString(), "docs", "run", "a topic"));
    Map<String, String> env = Map.of("JAVA_HOME", Jdks.TEST.toString(), "PATH", Jdks.TEST.resolve("bin").toString(),
        "XANO_MCP_NO_CACHE", "1", "XANO_MCP_PRINT_COMMAND", "1");
    assertEquals(expected, launch(env, "", "docs", "run", "a topic").out().lines().toList());
  }

  static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), regex);
    return matcher.group(1);
  }

  @Test
  void aDamagedCacheIsNotUsedAndIsMadeAgain() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", Jdks.TEST.toString(), "XANO_MCP_CACHE_DIR", temp.resolve("cache").toString());
    assertServes(launch(env, LauncherIT.EXCHANGE + DOCS_CALL));
    List<String> command = launcher();
    Consumer<Map<String, String>> environment = e -> e.putAll(env);
    String option = awaitCache(command, Platform.ROOT, environment);
    Path cache = Path.of(option.substring(option.indexOf('=') + 1));
    try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(new byte[64 * 1024]);
    }
    Map<String, String> printing = new HashMap<>(env);
    printing.put("XANO_MCP_PRINT_COMMAND", "1");
    assertFalse(launch(printing, "").out().contains(option), "a damaged cache must not be used");
    assertServes(launch(env, LauncherIT.EXCHANGE + DOCS_CALL));
    assertEquals(option, awaitCache(command, Platform.ROOT, environment));
  }

  @Test
  void aCacheFolderThatCannotBeWrittenOnlyCostsSpeed() throws Exception {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    Map<String, String> env = Map.of("JAVA_HOME", Jdks.TEST.toString(), "XANO_MCP_CACHE_DIR", file.resolve("cache").toString());
    assertServes(launch(env, LauncherIT.EXCHANGE + DOCS_CALL));
  }

  @Test
  void thePackageHoldsTheJarAndNoDependencies() throws Exception {
    JsonNode manifest = InspectorIT.JSON.readTree(PACKAGE.resolve("package.json").toFile());
    assertEquals(List.of(), List.of("dependencies", "optionalDependencies", "peerDependencies").stream().filter(manifest::has).toList());
    assertEquals(Files.size(ServerProcess.JAR), Files.size(PACKAGE.resolve("xano-developer-mcp.jar")));
  }

  /** The GitHub release's jar and the npm package's can never be of different versions. */
  @Test
  void stagingRefusesAJarOfAnotherVersion() throws Exception {
    Path npm = temp.resolve("npm");
    Files.createDirectories(npm);
    Files.writeString(npm.resolve("package.json"), "{\"name\": \"xano-developer-mcp-java\", \"version\": \"99.0.0\"}\n");
    Files.copy(Platform.ROOT.resolve("npm/stage.js"), npm.resolve("stage.js"));
    Platform.Result stage = Platform.run(Platform.arguments(List.of("node", npm.resolve("stage.js").toString(), ServerProcess.JAR.toString(), temp.resolve("out").toString())),
        temp, env -> env.put("JAVA_HOME", Jdks.TEST.toString()), "", 60);
    assertEquals(1, stage.status(), stage.err());
    assertTrue(stage.err().contains("is version " + version + ", npm/package.json says 99.0.0"), stage.err());
    assertFalse(Files.exists(temp.resolve("out")), "nothing staged");
  }
}
