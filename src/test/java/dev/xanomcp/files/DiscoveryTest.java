package dev.xanomcp.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
  @TempDir
  Path dir;

  private Path file(String relative) throws Exception {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, "x");
  }

  @Test
  void aFolderYieldsItsXsFilesAtEveryDepthSortedAndSkipsGitNodeModulesAndLinks() throws Exception {
    Path top = file("top.xs");
    Path nested = file("api/users/get.xs");
    file("api/readme.md");
    file(".git/hooks/a.xs");
    file("node_modules/pkg/b.xs");
    file("api/.git/c.xs");
    Fixtures.link(dir.resolve("alias.xs"), top);
    Discovery.Found found = Discovery.find(List.of(dir.toString()), null, Access.local(dir));
    assertEquals(List.of(nested, top), found.files());
    assertEquals(List.of(dir), found.folders());
    assertEquals(List.of(), found.problems());
    assertEquals(List.of("Skipped 1 symbolic link named *.xs: walks do not follow links; name a link's target to check it."), found.notes());
  }

  @Test
  void aGlobNarrowsTheFolderAndItsDoubleStarAlsoMatchesTheTop() throws Exception {
    Path top = file("top.xs");
    Path get = file("api/get.xs");
    Path fn = file("function/f.xs");
    assertEquals(List.of(get, fn, top), Discovery.find(List.of(dir.toString()), "**/*.xs", Access.local(dir)).files());
    assertEquals(List.of(get), Discovery.find(List.of(dir.toString()), "api/**", Access.local(dir)).files());
    assertEquals(List.of(top), Discovery.find(List.of(dir.toString()), "*.xs", Access.local(dir)).files());
  }

  @Test
  void aBadGlobNamesTheGlobSyntax() {
    FileProblem bad = assertThrows(FileProblem.class, () -> Discovery.find(List.of(dir.toString()), "[a-", Access.local(dir)));
    assertTrue(bad.getMessage().startsWith("'[a-' is not a valid glob ("), bad.getMessage());
    assertTrue(bad.getMessage().contains("** (across folders)"), bad.getMessage());
  }

  @Test
  void namesThatStandForNothingAreProblemsOfTheirOwn() throws Exception {
    Path good = file("good.xs");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Discovery.Found found = Discovery.find(List.of("missing.xs", good.toString(), empty.toString()), null, Access.local(dir));
    assertEquals(List.of(good), found.files());
    assertEquals(List.of("missing.xs", empty.toString()), found.problems().stream().map(Discovery.Problem::name).toList());
    assertEquals("No .xs file in " + empty + ".", found.problems().get(1).message());
  }

  @Test
  void aFolderNamedThroughALinkIsWalkedWhereItLies() throws Exception {
    Path real = file("real/api/get.xs");
    Path link = Fixtures.link(dir.resolve("alias"), dir.resolve("real"));
    assertEquals(List.of(real.toRealPath()), Discovery.find(List.of(link.toString()), null, Access.local(dir)).files());
  }

  @Test
  void aFifoInAFolderIsKeptSoThatReadingItSaysWhatItIs() throws Exception {
    Path fifo = dir.resolve("pipe.xs");
    assumeTrue(Fixtures.mkfifo(fifo), "mkfifo is not available on this system");
    assertEquals(List.of(fifo), Discovery.find(List.of(dir.toString()), null, Access.local(dir)).files());
  }

  @Test
  void anUnreadableFolderIsSkippedWithANote() throws Exception {
    Path good = file("good.xs");
    Path locked = file("locked/hidden.xs").getParent();
    assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "no POSIX permissions on this file system");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "this user (root) reads every folder, so no folder can be made unreadable");
      Discovery.Found found = Discovery.find(List.of(dir.toString()), null, Access.local(dir));
      assertEquals(List.of(good), found.files());
      assertEquals(List.of("Skipped 1 folder that could not be read: " + locked + "."), found.notes());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aHundredThousandFilesStopTheWalkAtTheCap() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "making 100,000 files takes minutes on Windows file systems");
    for (int folder = 0; folder < 100; folder++) {
      Path sub = Files.createDirectories(dir.resolve("f" + folder));
      for (int i = 0; i < 1000; i++) {
        Files.createFile(sub.resolve(i + ".xs"));
      }
    }
    FileProblem tooMany = assertThrows(FileProblem.class, () -> Discovery.find(List.of(dir.toString()), null, Access.local(dir)));
    assertEquals("More than " + Discovery.MAX_FILES + " .xs files; one call checks at most " + Discovery.MAX_FILES
        + ". Name a smaller folder or pass a pattern.", tooMany.getMessage());
    FileProblem tooManyEntries = assertThrows(FileProblem.class, () -> Discovery.find(List.of(dir.toString()), "none/*.xs", Access.local(dir)));
    assertEquals("Stopped after " + Discovery.MAX_ENTRIES + " files and folders in " + dir + "; name a smaller folder.", tooManyEntries.getMessage());
  }
}
