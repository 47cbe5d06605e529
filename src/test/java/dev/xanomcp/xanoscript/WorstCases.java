package dev.xanomcp.xanoscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The worst code for the checker's time and memory, of a given size (not a test; {@code
 * bench/checker --worst} runs it). {@code write DIR BYTES} writes one {@code .xs} file per case;
 * {@code time BYTES...} checks valid code of each size in this JVM and prints the median time, to
 * show that the work grows linearly.
 */
public final class WorstCases {
  private WorstCases() {}

  /** Each case by name: code of about {@code bytes} bytes. */
  static Map<String, IntFunction<String>> cases() throws IOException {
    String valid = CheckerBenchmark.fiveHundredLines();
    Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
    cases.put("valid", bytes -> grow(valid, bytes));
    cases.put("deep", bytes -> function("var $x {\n      value = " + "(".repeat(bytes) + "\n    }"));
    cases.put("errors", bytes -> function("nope.nope {\n    }\n    ".repeat(bytes / 22)));
    cases.put("identifier", bytes -> function("var $x {\n      value = $" + "x".repeat(bytes) + "\n    }"));
    cases.put("string", bytes -> function("var $x {\n      value = \"" + "a".repeat(bytes) + "\"\n    }"));
    cases.put("array", bytes -> function("var $x {\n      value = [" + "1,".repeat(bytes / 2) + "1]\n    }"));
    cases.put("objects", bytes -> function("var $x {\n      value = [" + "{a:1},".repeat(bytes / 6) + "1]\n    }"));
    cases.put("newlines", bytes -> function("\n".repeat(bytes)));
    return cases;
  }

  private static String function(String statements) {
    return "function \"worst\" {\n  input {\n  }\n  stack {\n    " + statements + "\n  }\n  response = null\n}\n";
  }

  /** The 500-line sample, its stack repeated until the file has about {@code bytes} bytes. */
  private static String grow(String sample, int bytes) {
    int open = sample.indexOf("  stack {\n") + 10;
    int close = sample.lastIndexOf("\n  }\n");
    String stack = sample.substring(open, close);
    StringBuilder body = new StringBuilder();
    while (body.length() + sample.length() < bytes) {
      body.append(stack).append('\n');
    }
    return sample.substring(0, open) + body + sample.substring(close + 1);
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("write")) {
      Path dir = Files.createDirectories(Path.of(args[1]));
      int bytes = Integer.parseInt(args[2]);
      for (Map.Entry<String, IntFunction<String>> c : cases().entrySet()) {
        Files.writeString(dir.resolve(c.getKey() + ".xs"), c.getValue().apply(bytes), StandardCharsets.UTF_8);
      }
    } else if (args.length >= 2 && args[0].equals("time")) {
      IntFunction<String> valid = cases().get("valid");
      for (int i = 1; i < args.length; i++) {
        String code = valid.apply(Integer.parseInt(args[i]));
        long[] times = new long[9];
        for (int run = 0; run < times.length; run++) {
          long start = System.nanoTime();
          Checker.get().checkFile(code);
          times[run] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("valid code, %d KB: median %.1f ms (%d runs)%n", code.length() / 1024, times[times.length / 2] / 1e6, times.length);
      }
    } else {
      System.err.println("usage: WorstCases write DIR BYTES | time BYTES...");
      System.exit(2);
    }
  }
}
