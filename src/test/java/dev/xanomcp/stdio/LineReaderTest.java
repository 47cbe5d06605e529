package dev.xanomcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static String text(LineReader.Line line) {
    return new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
  }

  private static LineReader reader(String input, int max) {
    return new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    LineReader reader = reader("one\r\ntwo\n\nthree", 100);
    assertEquals("one", text(reader.next()));
    assertEquals("two", text(reader.next()));
    assertEquals("", text(reader.next()));
    assertEquals("three", text(reader.next()));
    assertNull(reader.next());
  }

  @Test
  void aLineOverTheLimitIsReportedAndSkippedToItsEnd() throws IOException {
    LineReader reader = reader("short\n" + "x".repeat(50) + "\nafter\n", 10);
    assertEquals("short", text(reader.next()));
    assertTrue(reader.next().tooLong());
    assertEquals("after", text(reader.next()));
    assertNull(reader.next());
  }

  @Test
  void aLineOfExactlyTheLimitIsKept() throws IOException {
    assertEquals("0123456789", text(reader("0123456789\n", 10).next()));
  }

  @Test
  void linesSpanningManyReadsAreJoined() throws IOException {
    String line = "y".repeat(200_000);
    InputStream trickle = new InputStream() {
      private final byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
      private int at;

      @Override
      public int read() {
        return at < bytes.length ? bytes[at++] : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at == bytes.length) {
          return -1;
        }
        int n = Math.min(7, Math.min(len, bytes.length - at));
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
      }
    };
    assertEquals(line, text(new LineReader(trickle, 1 << 20).next()));
  }

  @Test
  void endOfInputWithoutAnyLineIsNull() throws IOException {
    assertNull(reader("", 10).next());
  }
}
