package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the checker over a private corpus of real {@code .xs} files that Xano accepted (the folder
 * named by {@code -Dxanoscript.corpus}; skipped when it is not given): none may get an error. It
 * prints every error and the warnings counted by code.
 */
class CorpusTest {
  @Test
  void realFilesGetNoError() throws IOException {
    String folder = System.getProperty("xanoscript.corpus");
    assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "no corpus: pass -Dxanoscript.corpus=FOLDER to run this test");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      files = walk.filter(p -> p.toString().endsWith(".xs")).sorted().toList();
    }
    List<String> errors = new ArrayList<>();
    Map<String, Integer> warnings = new TreeMap<>();
    for (Path file : files) {
      String code = Files.readString(file, StandardCharsets.UTF_8);
      for (Diagnostic d : Checker.get().checkFile(code).diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          errors.add(file + ":" + d.line() + ":" + d.column() + ": " + d.code() + ": " + d.message());
        } else {
          warnings.merge(d.code(), 1, Integer::sum);
          if (Boolean.getBoolean("xanoscript.corpus.warnings")) {
            System.out.println("warning " + file + ":" + d.line() + ":" + d.column() + ": " + d.code() + ": " + d.message());
          }
        }
      }
    }
    errors.forEach(System.out::println);
    System.out.println("corpus: " + files.size() + " files, " + errors.size() + " errors, warnings " + warnings);
    assertEquals(0, errors.size(), errors.size() + " errors on real files");
  }
}
