package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Code nested a thousand levels deep in every way gets a {@code nested-too-deep} error where the
 * limit is crossed, and never a {@link StackOverflowError}; code nested less deeply than the limit
 * is checked whole. The stack size decides where recursion fails, so {@link DeepCode} runs in a JVM
 * started with the launcher's flags ({@code -Xss512k} and the rest), not in the test's own.
 */
class NestingLimitTest {
  static final List<String> LAUNCHER_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k", "-Xmx32m", "-Xmn8m");

  /** Each case of {@link DeepCode} at {@code depth}, checked in a JVM of its own: name to its printed result. */
  static Map<String, String[]> run(int depth) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(LAUNCHER_FLAGS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeepCode.class.getName(), String.valueOf(depth)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    Map<String, String[]> results = new java.util.LinkedHashMap<>();
    out.lines().forEach(line -> results.put(line.split("\t")[0], line.split("\t")));
    assertEquals(DeepCode.cases(depth).keySet(), results.keySet(), out);
    return results;
  }

  @Test
  void aThousandLevelsStopTheCheckWhereTheLimitIsCrossed() throws IOException, InterruptedException {
    Map<String, Integer> lines = Map.of("blocks", 103, "conditionals", 102, "fields", 101, "snippet", 1);
    run(1000).forEach((name, result) -> {
      assertFalse(result[1].startsWith("crash"), name + ": " + result[1]);
      assertTrue(result[1].contains("nested-too-deep"), name + ": " + result[1]);
      assertEquals(lines.getOrDefault(name, 6), Integer.parseInt(result[2]), name);
    });
  }

  @Test
  void codeLessDeepThanTheLimitIsCheckedWhole() throws IOException, InterruptedException {
    run(Parser.MAX_DEPTH / 2 - 5).forEach((name, result) -> {
      assertFalse(result[1].startsWith("crash"), name + ": " + result[1]);
      assertFalse(result[1].contains("nested-too-deep"), name + ": " + result[1]);
    });
  }
}
