package dev.xanomcp.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading refuses everything but regular .xs files inside the roots, and never blocks or floods. */
class SourceReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsAUtf8File() throws Exception {
    Path file = Files.writeString(dir.resolve("a.xs"), "function \"é\" {}", StandardCharsets.UTF_8);
    assertEquals("function \"é\" {}", SourceReader.read(file, Access.local(dir)));
  }

  @Test
  @Timeout(60) // a read that blocked on the FIFO would hang here: turn that into a failure
  void aFifoIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("pipe.xs");
    assumeTrue(Fixtures.mkfifo(fifo), "mkfifo is not available on this system, so no FIFO can be made");
    FileProblem refused = assertThrows(FileProblem.class, () -> SourceReader.read(fifo, Access.local(dir)));
    assertEquals(fifo + " is a FIFO (named pipe), not a regular file; only .xs files are read.", refused.getMessage());
  }

  @Test
  @Timeout(60)
  void aLinkToDevZeroIsRefused() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "this system has no /dev/zero");
    Path link = Fixtures.link(dir.resolve("zero.xs"), zero);
    try {
      FileProblem refused = assertThrows(FileProblem.class, () -> SourceReader.read(link, Access.local(dir)));
      assertEquals(link + " (/dev/zero) is a character device, not a regular file; only .xs files are read.", refused.getMessage());
    } finally {
      Files.delete(link); // before JUnit cleans up, which warns about links that point out of the folder
    }
  }

  @Test
  void aLinkToSecretsOutsideTheRootsIsRefusedWithRootsAndReadWithout() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Path secrets = Files.writeString(dir.resolve("secrets.xs"), "API_KEY=made-up-0123\nDB_PASSWORD=not-real\n");
    Path link = Fixtures.link(project.resolve("config.xs"), secrets);
    FileProblem refused = assertThrows(FileProblem.class, () -> SourceReader.read(link, Access.roots(List.of(project))));
    assertTrue(refused.getMessage().contains("is outside the workspace roots the client gave: " + project), refused.getMessage());
    assertTrue(!refused.getMessage().contains("made-up"), refused.getMessage());
    // Without roots the client may name any absolute path, so the link is followed and read.
    assertTrue(SourceReader.read(link, Access.local(project)).startsWith("API_KEY="));
    // A link whose target is not a .xs file is refused either way.
    Path env = Files.writeString(dir.resolve("secrets.env"), "API_KEY=made-up\n");
    Path envLink = Fixtures.link(project.resolve("env.xs"), env);
    assertEquals(envLink + " (" + env.toRealPath() + ") is not a .xs file.",
        assertThrows(FileProblem.class, () -> SourceReader.read(envLink, Access.local(project))).getMessage());
  }

  @Test
  void aFolderNamedXsIsRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("api.xs"));
    assertEquals(folder + " is a folder, not a .xs file.", assertThrows(FileProblem.class, () -> SourceReader.read(folder, Access.local(dir))).getMessage());
  }

  @Test
  void otherFilesTooLargeOnesAndNonUtf8AreRefused() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.txt"), "x");
    assertEquals(text + " is not a .xs file.", assertThrows(FileProblem.class, () -> SourceReader.read(text, Access.local(dir))).getMessage());
    Path large = Files.write(dir.resolve("large.xs"), new byte[SourceReader.MAX_BYTES + 1]);
    assertEquals(large + " is larger than 256 KiB (" + (SourceReader.MAX_BYTES + 1) + " bytes); check it in parts.",
        assertThrows(FileProblem.class, () -> SourceReader.read(large, Access.local(dir))).getMessage());
    Path latin = Files.write(dir.resolve("latin.xs"), new byte[] {'a', 'b', (byte) 0xE9, 'c'});
    assertEquals(latin + " is not UTF-8 text (at byte 2).", assertThrows(FileProblem.class, () -> SourceReader.read(latin, Access.local(dir))).getMessage());
    Path missing = dir.resolve("gone.xs");
    assertEquals("No file at " + missing + ".", assertThrows(FileProblem.class, () -> SourceReader.read(missing, Access.local(dir))).getMessage());
  }
}
