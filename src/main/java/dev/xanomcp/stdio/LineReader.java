package dev.xanomcp.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-delimited lines as bytes, with a limit: a longer line is skipped to its end
 * without being kept, so memory stays bounded whatever the peer sends. A trailing '\r' is dropped.
 */
final class LineReader {
  /** One line, or the fact that a line was too long. */
  record Line(byte[] bytes, int length, boolean tooLong) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at end of input. A last line without '\n' still counts. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(length, tooLong) : null;
        }
      }
      any = true;
      int newline = indexOf(buffer, position, limit);
      int end = newline < 0 ? limit : newline;
      int count = end - position;
      if (!tooLong) {
        if (length + count > maxBytes) {
          tooLong = true;
        } else {
          ensure(length + count);
          System.arraycopy(buffer, position, line, length, count);
          length += count;
        }
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        return finish(length, tooLong);
      }
    }
  }

  private Line finish(int length, boolean tooLong) {
    if (tooLong) {
      return new Line(new byte[0], 0, true);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(line, length, false);
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxBytes, line.length * 2)));
    }
  }

  private static int indexOf(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
