package dev.xanomcp.xanoscript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Times the checker (not a test): the first {@link Checker#get()} with its table load, then a
 * 500-line file checked over and over once warm. Prints the medians. Run with {@code bench/checker}.
 */
public final class CheckerBenchmark {
  private CheckerBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    long start = System.nanoTime();
    Checker checker = Checker.get();
    long load = System.nanoTime() - start;
    String code = fiveHundredLines();
    start = System.nanoTime();
    int first = checker.checkFile(code).diagnostics().size();
    long firstCheck = System.nanoTime() - start;
    for (int i = 0; i < 500; i++) {
      checker.checkFile(code);
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      checker.checkFile(code);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    System.out.printf("tables load (first Checker.get): %.1f ms%n", load / 1e6);
    System.out.printf("first check, cold: %.1f ms (%d diagnostics)%n", firstCheck / 1e6, first);
    System.out.printf("500-line file, warm: median %.2f ms, p90 %.2f ms, max %.2f ms over %d runs (%d lines)%n",
        times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6, times[runs - 1] / 1e6, runs, code.split("\n").length);
  }

  /** A function whose stack repeats the statements of a sample until the file has about 500 lines. */
  static String fiveHundredLines() throws IOException {
    String sample;
    try (InputStream in = CheckerBenchmark.class.getResourceAsStream("/xanoscript/accept/controls.xs")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String stack = sample.substring(sample.indexOf("  stack {\n") + 10, sample.lastIndexOf("\n  }\n\n  response"));
    StringBuilder body = new StringBuilder();
    String head = sample.substring(0, sample.indexOf("  stack {\n") + 10);
    String tail = sample.substring(sample.lastIndexOf("\n  }\n\n  response") + 1);
    while ((head + body + tail).split("\n").length < 500) {
      body.append(stack).append("\n\n");
    }
    return head + body + tail;
  }
}
