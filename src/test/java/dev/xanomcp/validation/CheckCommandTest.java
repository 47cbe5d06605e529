package dev.xanomcp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.files.FileProblem;
import dev.xanomcp.files.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir
  Path dir;

  static final String GOOD = "function \"f\" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n";
  static final String BAD = "function \"f\" {\n  input {\n    boolean flag\n  }\n  stack {\n  }\n  response = 1\n}\n";

  record Result(int status, String out, String err) {}

  static Result run(CheckCommand.Checking checking, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CheckCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        checking);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return run(Validator::files, args);
  }

  @Test
  void exitsZeroWhenNoFileHasAnError() throws IOException {
    Path good = Files.writeString(dir.resolve("good.xs"), GOOD);
    Result r = run(good.toString());
    assertEquals(new Result(0, "", "1 file checked: 0 with errors; 0 errors, 0 warnings.\n"), r);
  }

  @Test
  void exitsOneWithALinePerProblemWhenAFileHasAnError() throws IOException {
    Files.writeString(dir.resolve("good.xs"), GOOD);
    Path bad = Files.writeString(dir.resolve("bad.xs"), BAD);
    Result r = run(dir.toString());
    assertEquals(1, r.status());
    assertEquals(bad + ":3:5: error: Unknown type `boolean`. (Use `bool`.)\n", r.out());
    assertEquals("note: " + Validator.PARTIAL + "\n2 files checked: 1 with errors; 1 error, 0 warnings.\n", r.err());
  }

  @Test
  void exitsTwoOnBadUsage() {
    assertEquals(2, run().status());
    Result option = run("--fix", "a.xs");
    assertEquals(new Result(2, "", "Unknown option '--fix'. " + CheckCommand.USAGE_LINE + " (-- ends the options)\n"), option);
    Result help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("one\nJSON object per line"), help.out());
  }

  @Test
  void exitsTwoWhenAPathCannotBeReadButChecksAllOthers() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.xs"), BAD);
    Path missing = dir.resolve("missing.xs");
    Result r = run(missing.toString(), bad.toString());
    assertEquals(2, r.status());
    assertEquals(missing + ": error: No file or folder at " + missing + ".\n" + bad + ":3:5: error: Unknown type `boolean`. (Use `bool`.)\n", r.out());
    assertEquals("1 file checked: 1 with errors; 1 error, 0 warnings; 1 path could not be checked.\n", r.err());
  }

  @Test
  @Timeout(60) // a check that blocked on the FIFO would hang: turn that into a failure
  void aFifoIsReportedAndTheOtherFilesChecked() throws IOException {
    Files.writeString(dir.resolve("good.xs"), GOOD);
    Path fifo = dir.resolve("pipe.xs");
    assumeTrue(Fixtures.mkfifo(fifo), "mkfifo is not available on this system");
    Result r = run(dir.toString());
    assertEquals(2, r.status());
    assertEquals(fifo + ": error: " + fifo + " is a FIFO (named pipe), not a regular file; only .xs files are read.\n", r.out());
    assertTrue(r.err().endsWith("1 file checked: 0 with errors; 0 errors, 0 warnings; 1 path could not be checked.\n"), r.err());
  }

  @Test
  void exitsThreeWhenTheCheckerFailsAndThatWinsOverErrors() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.xs"), BAD);
    CheckCommand.Checking failing = (paths, glob, access, each) -> {
      each.accept(FileResult.failed("x.xs", "The checker failed on this file (StackOverflowError); please report it."));
      return Validator.files(paths, glob, access, each);
    };
    Result r = run(failing, bad.toString());
    assertEquals(3, r.status());
    assertTrue(r.out().startsWith("x.xs: error: The checker failed"), r.out());
    CheckCommand.Checking crashing = (paths, glob, access, each) -> {
      throw new IllegalStateException("bug");
    };
    Result crash = run(crashing, bad.toString());
    assertEquals(new Result(3, "", "The check failed (java.lang.IllegalStateException: bug); please report it.\n"), crash);
  }

  @Test
  void theFileCapIsAUsageErrorWithAClearMessage() {
    CheckCommand.Checking tooMany = (paths, glob, access, each) -> {
      throw new FileProblem("More than 2000 .xs files; one call checks at most 2000. Name a smaller folder or pass a pattern.");
    };
    assertEquals(new Result(2, "", "More than 2000 .xs files; one call checks at most 2000. Name a smaller folder or pass a pattern.\n"),
        run(tooMany, dir.toString()));
  }

  @Test
  void doubleDashEndsTheOptionsSoAFileNamedLikeOneIsChecked() throws IOException {
    Path odd = Files.writeString(dir.resolve("-x.xs"), GOOD);
    assertEquals(2, run(odd.getFileName().toString()).status());
    Result r = run("--", odd.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(2, run("--", "--json", dir.toString()).status()); // after --, "--json" is a path, and a missing one
  }

  @Test
  void jsonPrintsOneObjectPerFileAndLine() throws Exception {
    Path good = Files.writeString(dir.resolve("a_good.xs"), GOOD);
    Path bad = Files.writeString(dir.resolve("b_bad.xs"), BAD);
    Result r = run("--json", dir.toString());
    assertEquals(1, r.status());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    Map<?, ?> first = new ObjectMapper().readValue(lines[0], Map.class);
    Map<?, ?> second = new ObjectMapper().readValue(lines[1], Map.class);
    assertEquals(good.toString(), first.get("path"));
    assertEquals(true, first.get("valid"));
    assertEquals(bad.toString(), second.get("path"));
    assertEquals("unknown-type", ((Map<?, ?>) ((List<?>) second.get("diagnostics")).get(0)).get("code"));
  }

  @Test
  void eachFileIsPrintedAsSoonAsItIsChecked() throws IOException {
    Files.writeString(dir.resolve("a.xs"), BAD);
    Files.writeString(dir.resolve("b.xs"), BAD);
    List<String> printedBeforeSecond = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CheckCommand.Checking watching = (paths, glob, access, each) -> Validator.files(paths, glob, access, result -> {
      if (result.path().endsWith("b.xs")) {
        printedBeforeSecond.add(out.toString(StandardCharsets.UTF_8));
      }
      each.accept(result);
    });
    CheckCommand.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), watching);
    assertEquals(1, printedBeforeSecond.size());
    assertTrue(printedBeforeSecond.get(0).contains("a.xs:3:5"), printedBeforeSecond.get(0));
  }

  @Test
  void aFolderThatIsNoWorkspaceGetsOneNoteOnStderr() throws IOException {
    Files.writeString(dir.resolve("a.xs"), GOOD);
    Files.writeString(dir.resolve("b.xs"), GOOD);
    Result r = run(dir.toString());
    assertEquals(0, r.status());
    assertEquals("note: " + Validator.PARTIAL + "\n2 files checked: 0 with errors; 0 errors, 0 warnings.\n", r.err());
  }
}
