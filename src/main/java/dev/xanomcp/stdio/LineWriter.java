package dev.xanomcp.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to the output, each message whole on its own line. It exists so that
 * a client that stops reading cannot stop the server: the thread that reads requests (and, with
 * the SDK's immediate execution, answers them) only queues lines, and the queue is bounded; when
 * it stays full for the whole patience, the client is given up as gone, like one whose pipe broke.
 * The output is flushed whenever the queue runs empty, so a single reply leaves at once while a
 * burst is written in large blocks.
 */
final class LineWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LineWriter.class);
  private static final byte[] STOP = new byte[0];

  private final OutputStream out;
  private final Duration patience;
  private final Runnable onClosed;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(1024);
  private final Thread thread;
  private final AtomicBoolean open = new AtomicBoolean(true);

  /**
   * @param patience how long {@link #write} waits for room before giving the client up
   * @param onClosed runs once when the output breaks or is given up
   */
  LineWriter(OutputStream out, Duration patience, Runnable onClosed) {
    this.out = out;
    this.patience = patience;
    this.onClosed = onClosed;
    this.thread = new Thread(this::run, "stdout-writer");
    thread.setDaemon(true);
    thread.start();
  }

  boolean open() {
    return open.get();
  }

  /** Queues one line (without its newline); dropped once the output is closed. */
  void write(byte[] line) {
    if (!open()) {
      return;
    }
    try {
      if (!queue.offer(line, patience.toNanos(), TimeUnit.NANOSECONDS)) {
        closed("stdout has not been read for " + patience.toSeconds() + " s; the client is stuck, exiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued and flushes, waiting no later than {@code deadline} (of System.nanoTime). */
  void close(long deadline) {
    try {
      if (queue.offer(STOP, deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive() && open()) {
      LOG.warn("stdout is not being read; exiting with replies unwritten");
    }
  }

  private void run() {
    try {
      for (byte[] line = queue.take(); ; line = queue.take()) {
        // Once closed, the thread still takes lines, so that no writer waits for room in vain.
        if (open()) {
          try {
            if (line != STOP) {
              out.write(line);
              out.write('\n');
            }
            if (line == STOP || queue.isEmpty()) {
              out.flush();
            }
          } catch (IOException e) {
            closed("stdout closed (" + e.getMessage() + "); the client is gone, exiting");
          }
        }
        if (line == STOP) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closed(String why) {
    if (open.compareAndSet(true, false)) {
      LOG.warn(why);
      onClosed.run();
    }
  }
}
