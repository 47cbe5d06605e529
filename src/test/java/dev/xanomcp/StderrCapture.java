package dev.xanomcp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What code printed to stderr, for tests that provoke errors on purpose: they assert on the log
 * instead of leaving stack traces in the build's output. slf4j-simple looks System.err up at
 * every message, so its logs are captured too.
 */
public final class StderrCapture {
  private StderrCapture() {}

  public static String during(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
