package dev.xanomcp.validation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a folder is a whole Xano workspace, as {@code xano workspace pull} writes one: it holds
 * at least two of the folders of constructs (exports name some of them in the plural). Only then
 * is a name that no file of the folder defines reported.
 */
final class Workspace {
  /** The folders of constructs a pull creates, and those exports add. */
  static final Set<String> FOLDERS = Set.of("workspace", "api", "function", "task", "table", "ai", "realtime", "addon", "middleware",
      "workspaces", "apis", "functions", "tasks", "tables", "addons");
  /** The most entries of a folder looked at. */
  private static final int MAX_ENTRIES = 10_000;

  private Workspace() {}

  static boolean is(Path folder) {
    Set<String> seen = new HashSet<>();
    int entries = 0;
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      for (Path child : children) {
        if (++entries > MAX_ENTRIES) {
          break;
        }
        String name = child.getFileName().toString();
        if (FOLDERS.contains(name) && Files.isDirectory(child)) {
          seen.add(name.endsWith("s") ? name.substring(0, name.length() - 1) : name); // `apis` and `api` count once
        }
      }
    } catch (IOException e) {
      return false;
    }
    return seen.size() >= 2;
  }
}
