package dev.xanomcp;

import java.util.concurrent.CancellationException;

/**
 * Where long work (checking code, walking folders, searching) lets its call be stopped. A call
 * that is cancelled or runs out of time has its worker thread interrupted; loops that may run long
 * call {@link #check()} now and then, which ends the work with a {@link CancellationException}.
 * Work on a thread nobody interrupts (the command line) never stops here.
 */
public final class Checkpoint {
  private Checkpoint() {}

  /** Ends the current work if its thread was interrupted; the interrupt stays set for the caller. */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("stopped");
    }
  }
}
