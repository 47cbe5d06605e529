package dev.xanomcp.stdio;

import java.io.BufferedInputStream;
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
  private byte[] line = new byte[8 * 1024];

  LineReader(InputStream in, int maxBytes) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at end of input. A last line without '\n' still counts. */
  Line next() throws IOException {
    int b = in.read();
    if (b < 0) {
      return null;
    }
    int length = 0;
    boolean tooLong = false;
    for (; b >= 0 && b != '\n'; b = in.read()) {
      if (length == maxBytes) {
        tooLong = true;
      } else {
        if (length == line.length) {
          line = Arrays.copyOf(line, Math.min(maxBytes, 2 * length));
        }
        line[length++] = (byte) b;
      }
    }
    if (tooLong) {
      return new Line(new byte[0], 0, true);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(line, length, false);
  }
}
