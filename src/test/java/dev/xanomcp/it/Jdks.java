package dev.xanomcp.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The JDKs the tests can start servers with: the one running them and others on this machine. */
final class Jdks {
  /** The JDK running the tests. */
  static final Path TEST = Path.of(System.getProperty("java.home"));
  /** A JDK 25 or newer (AOT cache): the system property {@code jdk25}, else the first found. */
  static final Optional<Path> JDK25 = find("jdk25", 25, Integer.MAX_VALUE);
  /** A JDK 17 to 24 (class-data archive): the system property {@code jdk17}, else the first found. */
  static final Optional<Path> JDK17 = find("jdk17", 17, 24);

  private Jdks() {}

  /**
   * The first JDK of feature release {@code from} to {@code to} among: the system property
   * {@code property}, the JDK running the tests, those that actions/setup-java installed
   * (JAVA_HOME_&lt;n&gt;_X64...), and those in the usual folders of Linux, macOS and Windows.
   */
  static Optional<Path> find(String property, int from, int to) {
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(System.getProperty(property)).map(Path::of).ifPresent(candidates::add);
    candidates.add(TEST);
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().matches("JAVA_HOME_\\d+_(X64|AARCH64|ARM64)"))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> candidates.add(Path.of(e.getValue())));
    for (Path folder : List.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"),
        Path.of(System.getenv().getOrDefault("ProgramFiles", "C:\\Program Files"), "Eclipse Adoptium"))) {
      try (Stream<Path> jdks = Files.list(folder)) {
        jdks.sorted().forEach(jdk -> candidates.add(Files.isDirectory(jdk.resolve("Contents/Home")) ? jdk.resolve("Contents/Home") : jdk));
      } catch (IOException e) {
        // no such folder on this machine
      }
    }
    return candidates.stream()
        .filter(jdk -> feature(jdk) >= from && feature(jdk) <= to && Files.isExecutable(java(jdk)))
        .findFirst();
  }

  /** The java executable of a JDK. */
  static Path java(Path jdk) {
    return jdk.resolve("bin").resolve(Platform.exe("java"));
  }

  /** The feature release of a JDK, from its release file; 0 if unknown. */
  static int feature(Path jdk) {
    try (Stream<String> lines = Files.lines(jdk.resolve("release"))) {
      return lines.filter(line -> line.startsWith("JAVA_VERSION=\""))
          .map(line -> line.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1"))
          .mapToInt(Integer::parseInt).findFirst().orElse(0);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
