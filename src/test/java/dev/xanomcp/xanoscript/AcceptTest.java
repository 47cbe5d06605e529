package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Member.Field;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Must-accept: the sample files under {@code xanoscript/accept} (complete constructs, and
 * statements in stacks) give no error, and together they use every construct, statement and
 * assertion of the engine tables at least once.
 */
class AcceptTest {
  static Stream<Path> samples() throws IOException, URISyntaxException {
    Path folder = Path.of(AcceptTest.class.getResource("/xanoscript/accept").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".xs")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleHasNoError(Path file) throws IOException {
    List<Diagnostic> errors = Checker.get().checkFile(Files.readString(file, StandardCharsets.UTF_8)).diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR).toList();
    assertEquals(List.of(), errors, file.getFileName().toString());
  }

  @Test
  void samplesCoverEveryConstructStatementAndAssertion() throws IOException, URISyntaxException {
    Set<String> used = new TreeSet<>();
    for (Path file : samples().toList()) {
      String code = Files.readString(file, StandardCharsets.UTF_8);
      Report ignored = new Report();
      collect(new Parser(code, ignored).parseTopLevel(Parser.BodyKind.MEMBERS), used);
    }
    EngineTables tables = Checker.get().tables();
    List<String> missing = new ArrayList<>();
    for (String kind : List.of("construct", "statement", "expect")) {
      tables.names(kind).stream().filter(n -> !used.contains(n)).forEach(n -> missing.add(kind + " " + n));
    }
    assertEquals(List.of(), missing, "write a sample under src/test/resources/xanoscript/accept for each");
  }

  private static void collect(List<Member> members, Set<String> used) {
    for (Member m : members) {
      if (m instanceof Block b) {
        used.add(b.name());
        if (b.body() != null) {
          collect(b.body().members(), used);
        }
      } else if (m instanceof Field f && f.body() != null) {
        collect(f.body().members(), used);
      }
    }
  }
}
