package dev.xanomcp;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference material the project's facts come from ({@code upstream/}, {@code engine/}). It
 * lives outside the repository: {@code -Dxano.reference=DIR} names it (default {@code
 * ../shared/reference}). Tests that compare with it are skipped, with a line on stdout, where it
 * is absent; with {@code -Dxano.reference.required=true} (as {@code .ci/run} sets) they fail
 * instead, so that CI cannot pass without having compared.
 */
public final class Reference {
  private static final Path ROOT = Path.of(System.getProperty("xano.reference", "../shared/reference"));

  private Reference() {}

  /** {@code relative} under the reference; skips or fails the calling test when it is absent. */
  public static Path require(String relative) {
    Path path = ROOT.resolve(relative);
    if (!Files.exists(path)) {
      String message = "reference not found at " + path.toAbsolutePath() + " (set -Dxano.reference=DIR)";
      if (Boolean.getBoolean("xano.reference.required")) {
        fail(message);
      }
      System.out.println("SKIPPED: " + message);
      assumeTrue(false, message);
    }
    return path;
  }
}
