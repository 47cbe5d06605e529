package dev.xanomcp.stdio;

import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one message per line, whole, one writer at a time, flushed at once. When the stream
 * breaks (the client went away) it says so once on stderr and then drops everything.
 */
final class LineWriter {
  private static final Logger LOG = LoggerFactory.getLogger(LineWriter.class);

  private final OutputStream out;
  private final Runnable onClosed;
  private volatile boolean open = true;

  LineWriter(OutputStream out, Runnable onClosed) {
    this.out = out;
    this.onClosed = onClosed;
  }

  boolean open() {
    return open;
  }

  void write(byte[] line) {
    synchronized (this) {
      if (!open) {
        return;
      }
      try {
        out.write(line);
        out.write('\n');
        out.flush();
        return;
      } catch (IOException e) {
        open = false;
        LOG.warn("stdout closed ({}); the client is gone, exiting", e.getMessage());
      }
    }
    onClosed.run();
  }

  void flush() {
    synchronized (this) {
      if (!open) {
        return;
      }
      try {
        out.flush();
      } catch (IOException e) {
        open = false;
      }
    }
  }
}
