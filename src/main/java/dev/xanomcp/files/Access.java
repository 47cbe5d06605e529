package dev.xanomcp.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where paths may be read. With the workspace roots an MCP client gave, a path must lie inside
 * one of them once links are resolved, and a relative path is looked up in each root in turn;
 * an empty list of roots allows nothing. Without roots, an absolute path may be anywhere and a
 * relative one is read from a base folder (the server's working folder). A leading {@code ~} is
 * the home folder. Immutable.
 */
public final class Access {
  private final List<Path> roots;
  private final List<Path> realRoots;
  private final Path base;

  private Access(List<Path> roots, Path base) {
    this.roots = roots;
    this.base = base;
    if (roots == null) {
      this.realRoots = null;
    } else {
      List<Path> real = new ArrayList<>();
      for (Path root : roots) {
        real.add(realOrSelf(root));
      }
      this.realRoots = List.copyOf(real);
    }
  }

  /** No roots: absolute paths anywhere, relative ones read from {@code base}. */
  public static Access local(Path base) {
    Objects.requireNonNull(base, "base == null");
    return new Access(null, base.toAbsolutePath().normalize());
  }

  /** No roots, relative paths read from the working folder of this process. */
  public static Access workingFolder() {
    return local(Path.of(""));
  }

  /** Only inside {@code roots}, the folders the client gave (absolute); none when the list is empty. */
  public static Access roots(List<Path> roots) {
    Objects.requireNonNull(roots, "roots == null");
    List<Path> absolute = new ArrayList<>();
    for (Path root : roots) {
      if (!root.isAbsolute()) {
        throw new IllegalArgumentException("root is not absolute: " + root);
      }
      absolute.add(root.normalize());
    }
    return new Access(List.copyOf(absolute), null);
  }

  /** The client's roots, or empty when none were given (and paths are read from the base folder). */
  public Optional<List<Path>> roots() {
    return Optional.ofNullable(roots);
  }

  /**
   * The absolute path {@code name} stands for, once it is known to exist and to be allowed; a
   * missing, malformed or forbidden path is a {@link FileProblem} that says what to pass instead.
   */
  public Path resolve(String name) throws FileProblem {
    Objects.requireNonNull(name, "name == null");
    Path given = parse(name);
    if (roots == null) {
      Path path = given.isAbsolute() ? given.normalize() : base.resolve(given).normalize();
      if (!Files.exists(path)) {
        throw new FileProblem(given.isAbsolute() ? "No file or folder at " + Text.cut(path) + "."
            : "No file or folder at " + Text.cut(path) + ": a relative path is read from the server's working folder, " + base
                + ". Pass an absolute path.");
      }
      return path;
    }
    if (roots.isEmpty()) {
      throw new FileProblem("The client gave no workspace roots, so no file can be read.");
    }
    if (given.isAbsolute()) {
      Path path = given.normalize();
      if (!Files.exists(path)) {
        throw new FileProblem("No file or folder at " + Text.cut(path) + ".");
      }
      requireInside(path);
      return path;
    }
    for (Path root : roots) {
      Path path = root.resolve(given).normalize();
      if (Files.exists(path)) {
        requireInside(path);
        return path;
      }
    }
    throw new FileProblem("No file or folder " + Text.cut(given) + " in the workspace roots the client gave: " + rootList() + ".");
  }

  /** Throws unless {@code path}, with its links resolved, lies inside the roots (always passes without roots). */
  public void requireInside(Path path) throws FileProblem {
    if (realRoots == null) {
      return;
    }
    Path real = realOrSelf(path);
    for (Path root : realRoots) {
      if (real.startsWith(root)) {
        return;
      }
    }
    throw new FileProblem(Text.cut(path) + (real.equals(path) ? "" : " (" + Text.cut(real) + ")") + " is outside the workspace roots the client gave: "
        + rootList() + ".");
  }

  private String rootList() {
    return String.join(", ", roots.stream().map(Path::toString).toList());
  }

  private static Path parse(String name) throws FileProblem {
    String path = name.strip();
    if (path.isEmpty()) {
      throw new FileProblem("An empty path names no file.");
    }
    if (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new FileProblem("'" + Text.cut(name) + "' is not a path: " + e.getReason() + ".");
    }
  }

  private static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
