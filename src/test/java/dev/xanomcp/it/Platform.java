package dev.xanomcp.it;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What differs on Windows for the integration tests: the launcher is a {@code .cmd} file, npm and
 * npx are {@code .cmd} files, executables end in {@code .exe}, and a program's arguments travel as
 * one command line that it splits again.
 */
final class Platform {
  static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");
  static final Path ROOT = Path.of("").toAbsolutePath();
  /** The launcher of this OS, run as a client would run it. */
  static final Path LAUNCHER = ROOT.resolve(WINDOWS ? "bin/xano-developer-mcp.cmd" : "bin/xano-developer-mcp");

  private Platform() {}

  /** Exit status, stdout and stderr of a finished process. */
  record Result(int status, String out, String err) {}

  /**
   * Runs {@code command} in {@code dir} with the environment {@code env} changes, {@code input} on
   * its stdin; fails if it takes longer than {@code seconds}. Its output goes to files, so that
   * nothing blocks however much it writes.
   */
  static Result run(List<String> command, Path dir, Consumer<Map<String, String>> env, String input, int seconds) throws Exception {
    Path out = Files.createTempFile("process", ".out");
    Path err = Files.createTempFile("process", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      env.accept(builder.environment());
      Process process = builder.start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + seconds + " s");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** {@code name} as an executable file name of this OS: {@code java.exe} on Windows. */
  static String exe(String name) {
    return WINDOWS ? name + ".exe" : name;
  }

  /**
   * The command that runs a {@code .cmd} script on Windows (npm, npx, the launcher) as MCP clients
   * must, through {@code cmd /c}; elsewhere the command itself.
   */
  static List<String> script(String command, String... args) {
    List<String> line = new ArrayList<>(WINDOWS ? List.of("cmd", "/c", command) : List.of(command));
    line.addAll(List.of(args));
    return line;
  }

  /**
   * The arguments of a program (not a script) as it should receive them. Java passes arguments to
   * Windows programs without escaping the quotes inside them, which the program's own splitting
   * then drops: {"a":1} would arrive as {a:1}. So each one is quoted here, by the rules the C
   * runtime splits by (backslashes double only before a quote).
   */
  static List<String> arguments(List<String> command) {
    if (!WINDOWS) {
      return command;
    }
    List<String> quoted = new ArrayList<>(List.of(command.get(0)));
    for (String arg : command.subList(1, command.size())) {
      StringBuilder out = new StringBuilder("\"");
      int backslashes = 0;
      for (char c : arg.toCharArray()) {
        if (c == '\\') {
          backslashes++;
          continue;
        }
        out.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
        backslashes = 0;
      }
      quoted.add(out.append("\\".repeat(backslashes * 2)).append('"').toString());
    }
    return quoted;
  }

  /** The first {@code name} (with {@code .exe} on Windows) in a folder of PATH. */
  static Optional<Path> onPath(String name) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder.replace("\"", "")).resolve(exe(name));
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
