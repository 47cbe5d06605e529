package dev.xanomcp;

import java.lang.management.ManagementFactory;

/**
 * Bytes the current thread has allocated so far (HotSpot's count), so that a test can show a
 * hostile input is answered without building anything in proportion to its square.
 */
public final class Allocation {
  private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Allocation() {}

  public static long bytes() {
    return THREADS.getCurrentThreadAllocatedBytes();
  }
}
