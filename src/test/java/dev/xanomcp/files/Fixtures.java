package dev.xanomcp.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Special files the tests make: FIFOs and symbolic links, skipping the test where the system cannot make them. */
public final class Fixtures {
  private Fixtures() {}

  /** Makes a FIFO at {@code path}; false when this system cannot. */
  public static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start().waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Makes a symbolic link, or skips the test where links cannot be made. */
  public static Path link(Path link, Path target) {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "symbolic links cannot be made here: " + e);
      return link;
    }
  }
}
