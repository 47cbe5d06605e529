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
 * The one thread that writes to the output, each message whole on its own line. Writers queue
 * lines and wait while the queue is full: a client that reads slowly slows the server down (the
 * thread that reads requests also queues replies, so reading stops too) instead of losing
 * replies. Only when nothing at all could be written for the whole {@code stall} is the client
 * given up as stuck. The output is flushed whenever the queue runs empty, so a single reply leaves
 * at once while a burst is written in large blocks.
 */
final class LineWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LineWriter.class);
  private static final byte[] STOP = new byte[0];

  /** How the output ended, if it did. */
  enum Ending {
    /** Writing failed: the client closed its end, it is gone. */
    BROKEN,
    /** Nothing could be written for the whole stall time: the client stopped reading. */
    STUCK
  }

  /** Called once when the output ends early. */
  interface Ended {
    void ended(Ending why);
  }

  private final OutputStream out;
  private final Duration stall;
  private final Ended onEnded;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(1024);
  private final Thread thread;
  private final AtomicBoolean open = new AtomicBoolean(true);
  /** When the output last took a line, or began to wait for one (System.nanoTime). */
  private volatile long progress = System.nanoTime();
  private volatile boolean writing;

  LineWriter(OutputStream out, Duration stall, Ended onEnded) {
    this.out = out;
    this.stall = stall;
    this.onEnded = onEnded;
    this.thread = new Thread(this::run, "stdout-writer");
    thread.setDaemon(true);
    thread.start();
    Thread watchdog = new Thread(this::watch, "stdout-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  boolean open() {
    return open.get();
  }

  /** Queues one line (without its newline), waiting while the queue is full; dropped once the output has ended. */
  void write(byte[] line) {
    try {
      boolean queued = false;
      while (!queued && open()) {
        queued = queue.offer(line, 100, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Gives the client up once one write has been blocked for the whole stall time. */
  private void watch() {
    long tick = Math.max(1, Math.min(1000, stall.toMillis() / 4));
    try {
      while (open()) {
        Thread.sleep(tick);
        if (writing && System.nanoTime() - progress > stall.toNanos()) {
          ended(Ending.STUCK, "stdout has not been read for " + stall.toSeconds() + " s; the client is stuck, exiting");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued and flushes, waiting no later than {@code deadline} (of System.nanoTime). */
  void close(long deadline) {
    try {
      if (queue.offer(STOP, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
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
        // Once ended, the thread still takes lines, so that no writer waits for room in vain.
        if (open()) {
          write(line, line == STOP || queue.isEmpty());
        }
        if (line == STOP) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(byte[] line, boolean flush) {
    progress = System.nanoTime();
    writing = true;
    try {
      if (line != STOP) {
        out.write(line);
        out.write('\n');
      }
      if (flush) {
        out.flush();
      }
    } catch (IOException e) {
      ended(Ending.BROKEN, "stdout closed (" + e.getMessage() + "); the client is gone, exiting");
    } finally {
      writing = false;
      progress = System.nanoTime();
    }
  }

  private void ended(Ending why, String message) {
    if (open.compareAndSet(true, false)) {
      LOG.warn(message);
      onEnded.ended(why);
    }
  }
}
