package dev.xanomcp.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A checkout of the project in a temporary folder, as the launcher sees one: its own copy of
 * bin/xano-developer-mcp, and as a test needs, a jar, sources, a stand-in for Maven.
 */
final class Checkout {
  static final Path PROJECT = Path.of("").toAbsolutePath();

  final Path root;

  Checkout(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root.resolve("bin"));
    Files.copy(PROJECT.resolve("bin/xano-developer-mcp"), launcher(), StandardCopyOption.COPY_ATTRIBUTES);
  }

  Path launcher() {
    return root.resolve("bin/xano-developer-mcp");
  }

  Path jar() {
    return root.resolve("target/xano-developer-mcp.jar");
  }

  Path lock() {
    return root.resolve("target/.build-lock");
  }

  /** Adds a copy of the jar the build made. */
  Checkout withJar() throws IOException {
    Files.createDirectories(jar().getParent());
    Files.copy(ServerProcess.JAR, jar(), StandardCopyOption.REPLACE_EXISTING);
    return this;
  }

  /** Adds a pom and a source, an hour newer than the jar: the launcher wants to build. */
  Checkout withNewerSources() throws IOException {
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Path source = root.resolve("src/main/java/Main.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class Main {}\n");
    if (Files.exists(jar())) {
      Files.setLastModifiedTime(jar(), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }
    return this;
  }

  /** Adds copies of the real pom.xml and src/main, for a real build. */
  Checkout withRealSources() throws IOException {
    Files.copy(PROJECT.resolve("pom.xml"), root.resolve("pom.xml"));
    Path from = PROJECT.resolve("src/main");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = root.resolve("src/main").resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return this;
  }

  /**
   * Writes {@code dir/mvn}, a stand-in for Maven that "builds" by copying the real jar where
   * Maven would leave it, or fails when FAKE_MAVEN=fail; returns a PATH that finds it first.
   */
  static String fakeMaven(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path mvn = dir.resolve("mvn");
    Files.writeString(mvn, String.join("\n",
        "#!/bin/sh",
        "for arg; do [ \"${previous:-}\" = -f ] && project=${arg%/pom.xml}; previous=$arg; done",
        "[ \"${FAKE_MAVEN:-}\" = fail ] && { echo '[ERROR] the build broke' >&2; exit 1; }",
        "mkdir -p \"$project/target\" && cp '" + ServerProcess.JAR + "' \"$project/target/xano-developer-mcp.jar\"",
        ""));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir + ":" + System.getenv("PATH");
  }

  /** A PATH that finds every command of this one but Maven: links to them in {@code dir}. */
  static String pathWithoutMaven(Path dir) throws IOException {
    return pathWithout(dir, "mvn");
  }

  /** A PATH that finds every command of this one but those whose names start with {@code left}. */
  static String pathWithout(Path dir, String left) throws IOException {
    Files.createDirectories(dir);
    for (String folder : System.getenv("PATH").split(":")) {
      if (!Files.isDirectory(Path.of(folder))) {
        continue;
      }
      try (Stream<Path> commands = Files.list(Path.of(folder))) {
        for (Path command : (Iterable<Path>) commands::iterator) {
          String name = command.getFileName().toString();
          if (!name.startsWith(left) && Files.notExists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(dir.resolve(name), command);
          }
        }
      }
    }
    return dir.toString();
  }
}
