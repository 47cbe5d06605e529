package dev.xanomcp.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
  @TempDir
  Path dir;

  @Test
  void withoutRootsRelativePathsAreReadFromTheBaseFolder() throws Exception {
    Path file = Files.writeString(Files.createDirectories(dir.resolve("api")).resolve("get.xs"), "x");
    Access access = Access.local(dir);
    assertEquals(file, access.resolve("api/get.xs"));
    assertEquals(file, access.resolve(" " + file + " "));
    FileProblem missing = assertThrows(FileProblem.class, () -> access.resolve("api/put.xs"));
    assertEquals("No file or folder at " + dir.resolve("api/put.xs") + ": a relative path is read from the server's working folder, " + dir
        + ". Pass an absolute path.", missing.getMessage());
    assertEquals("No file or folder at " + dir.resolve("none.xs") + ".", assertThrows(FileProblem.class, () -> access.resolve(dir.resolve("none.xs").toString())).getMessage());
    assertTrue(Access.local(dir).roots().isEmpty());
  }

  @Test
  void aTildeIsTheHomeFolder() throws Exception {
    Path home = Path.of(System.getProperty("user.home"));
    assertEquals(home, Access.local(dir).resolve("~"));
  }

  @Test
  void withRootsRelativePathsAreLookedUpInEachRootInTurn() throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    Path onlyInSecond = Files.writeString(Files.createDirectories(second.resolve("api")).resolve("get.xs"), "x");
    Files.writeString(first.resolve("both.xs"), "x");
    Files.writeString(second.resolve("both.xs"), "x");
    Access access = Access.roots(List.of(first, second));
    assertEquals(onlyInSecond, access.resolve("api/get.xs"));
    assertEquals(first.resolve("both.xs"), access.resolve("both.xs"));
    assertEquals("No file or folder nothing.xs in the workspace roots the client gave: " + first + ", " + second + ".",
        assertThrows(FileProblem.class, () -> access.resolve("nothing.xs")).getMessage());
  }

  @Test
  void withRootsAPathOutsideThemIsRefusedEvenThroughALink() throws Exception {
    Path root = Files.createDirectories(dir.resolve("project"));
    Path outside = Files.writeString(dir.resolve("secrets.xs"), "API_KEY=made-up\n");
    Access access = Access.roots(List.of(root));
    FileProblem direct = assertThrows(FileProblem.class, () -> access.resolve(outside.toString()));
    assertEquals(outside + " is outside the workspace roots the client gave: " + root + ".", direct.getMessage());
    assertThrows(FileProblem.class, () -> access.resolve("../secrets.xs"));
    Path link = Fixtures.link(root.resolve("innocent.xs"), outside);
    FileProblem linked = assertThrows(FileProblem.class, () -> access.resolve("innocent.xs"));
    assertTrue(linked.getMessage().startsWith(link + " (" + outside.toRealPath() + ") is outside the workspace roots"), linked.getMessage());
  }

  @Test
  void anEmptyListOfRootsAllowsNothing() throws Exception {
    Files.writeString(dir.resolve("a.xs"), "x");
    Access none = Access.roots(List.of());
    assertEquals("The client gave no workspace roots, so no file can be read.",
        assertThrows(FileProblem.class, () -> none.resolve(dir.resolve("a.xs").toString())).getMessage());
  }

  @Test
  void malformedAndEmptyPathsAreProblems() {
    Access access = Access.local(dir);
    assertEquals("An empty path names no file.", assertThrows(FileProblem.class, () -> access.resolve("  ")).getMessage());
    assertTrue(assertThrows(FileProblem.class, () -> access.resolve("a\u0000b")).getMessage().startsWith("'a\u0000b' is not a path"));
    String huge = "x".repeat(100_000);
    assertTrue(assertThrows(FileProblem.class, () -> access.resolve(huge)).getMessage().length() < 1000);
  }
}
