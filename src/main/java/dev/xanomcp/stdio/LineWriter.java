package dev.xanomcp.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to the output: each message whole, on its own line. Messages are
 * serialised here too, off the thread that reads requests, so that on two cores the two halves of
 * the work overlap. The output is flushed whenever the queue runs empty, so a single reply leaves
 * at once while a burst is written in large blocks. The queue is bounded: when the client stops
 * reading, the reader stops too, and memory stays flat; when it stays full for the whole patience,
 * the client is given up as gone, like one whose pipe broke, so that it cannot hold the server.
 */
final class LineWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LineWriter.class);
  private static final int QUEUE = 1024;

  /**
   * Writes one message, without the newline, into a buffer; writing nothing means no line. The
   * buffer is the writer's own and reused, so a message reaches the output whole or not at all.
   */
  interface Line {
    void write(OutputStream buffer) throws IOException;
  }

  private record Item(Line line, Runnable written) {}

  private static final Item STOP = new Item(buffer -> {}, () -> {});

  private final OutputStream out;
  private final Duration patience;
  private final Runnable onClosed;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
  private volatile boolean open = true;

  LineWriter(OutputStream out, Duration patience, Runnable onClosed) {
    this.out = out;
    this.patience = patience;
    this.onClosed = onClosed;
    this.thread = new Thread(this::run, "stdout-writer");
    thread.setDaemon(true);
    thread.start();
  }

  boolean open() {
    return open;
  }

  /** Queues a line; {@code written} runs once it is written (or dropped, if the output closed). */
  void write(Line line, Runnable written) {
    try {
      if (!queue.offer(new Item(line, written), patience.toNanos(), TimeUnit.NANOSECONDS)) {
        closed("stdout has not been read for " + patience.toSeconds() + " s; the client is stuck, exiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued, flushes, and stops the thread; waits at most {@code millis}. */
  void close(long millis) {
    try {
      if (queue.offer(STOP, millis, TimeUnit.MILLISECONDS)) {
        thread.join(millis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (true) {
      Item item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (item == STOP) {
        flush();
        return;
      }
      try {
        buffer.reset();
        item.line().write(buffer);
        if (buffer.size() > 0 && open) {
          buffer.writeTo(out);
          out.write('\n');
          if (queue.isEmpty()) {
            out.flush();
          }
        }
      } catch (IOException e) {
        closed("stdout closed (" + e.getMessage() + "); the client is gone, exiting");
      } catch (RuntimeException e) {
        LOG.error("cannot write a message: {}", e.toString());
      }
      item.written().run();
    }
  }

  private void flush() {
    if (open) {
      try {
        out.flush();
      } catch (IOException e) {
        closed("stdout closed (" + e.getMessage() + "); the client is gone, exiting");
      }
    }
  }

  private synchronized void closed(String why) {
    if (open) {
      open = false;
      LOG.warn(why);
      onClosed.run();
    }
  }
}
