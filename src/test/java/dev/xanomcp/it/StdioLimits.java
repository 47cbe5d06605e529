package dev.xanomcp.it;

import dev.xanomcp.server.Settings;

/** Time limits of the stdio tests, derived from what the transport documents. */
final class StdioLimits {
  /** Exit at end of input takes at most the drain time, plus JVM start and stop. */
  static final int EXIT_SECONDS = (int) Settings.current().drain().toSeconds() + 10;

  private StdioLimits() {}
}
