package dev.xanomcp.it;

import dev.xanomcp.stdio.StdioTransport;

/** Time limits of the stdio tests, derived from what the transport documents. */
final class StdioLimits {
  /** Exit at end of input takes at most the drain time, plus JVM start and stop. */
  static final int EXIT_SECONDS = (int) StdioTransport.DRAIN.toSeconds() + 10;

  private StdioLimits() {}
}
