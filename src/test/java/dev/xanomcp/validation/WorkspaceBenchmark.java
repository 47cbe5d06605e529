package dev.xanomcp.validation;

import dev.xanomcp.files.Access;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the check of a whole workspace in-process (not a test): the folder given, or when it is
 * empty a generated one of 300 files (100 tables, 100 functions, 100 endpoints that call them),
 * checked with the names across files, first cold and then warm (median, p90). Run with {@code
 * bench/checker --workspace}.
 */
public final class WorkspaceBenchmark {
  private WorkspaceBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    if (!Files.isDirectory(folder) || isEmpty(folder)) {
      generate(folder, 100);
    }
    Access access = Access.local(folder);
    List<String> paths = List.of(folder.toString());
    long start = System.nanoTime();
    Outcome first = Validator.files(paths, null, access);
    long cold = System.nanoTime() - start;
    for (int i = 0; i < 20; i++) {
      Validator.files(paths, null, access);
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      Validator.files(paths, null, access);
      times[i] = System.nanoTime() - t;
    }
    Arrays.sort(times);
    long diagnostics = first.results().stream().mapToLong(r -> r.diagnostics().size()).sum();
    System.out.printf("workspace of %d files (%s), cross-file names %s: first check %.0f ms (tables load included), warm median %.1f ms, p90 %.1f ms "
            + "over %d runs (%d diagnostics)%n", first.results().size(), folder, first.notes().contains(Validator.PARTIAL) ? "off (no workspace)" : "on",
        cold / 1e6, times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6, runs, diagnostics);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Writes {@code n} tables, {@code n} functions and {@code n} endpoints, each endpoint about 80 lines, as a pull lays them out. */
  static void generate(Path folder, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      write(folder.resolve("table/t" + i + ".xs"), """
          table "t%1$d" {
            schema {
              int id
              timestamp created_at?=now
              text name filters=trim
              int owner_id? {
                table = "t%2$d"
              }
              decimal amount?
              bool active?=true
            }
            index = [{type: "primary", field: [{name: "id"}]}]
          }
          """.formatted(i, (i + 1) % n));
      write(folder.resolve("function/f" + i + ".xs"), """
          function "lib/f%1$d" {
            input {
              int id
              text label?
            }
            stack {
              db.get "t%1$d" {
                field_name = "id"
                field_value = $input.id
              } as $row
              var $total { value = 0 }
              conditional {
                if ($row != null) {
                  math.add $total { value = $row.amount }
                }
              }
            }
            response = {row: $row, total: $total, label: $input.label}
          }
          """.formatted(i));
      write(folder.resolve("api/group/q" + i + "_get.xs"), endpoint(i, n));
    }
  }

  private static String endpoint(int i, int n) {
    StringBuilder stack = new StringBuilder();
    for (int step = 0; step < 6; step++) {
      int target = (i + step) % n;
      stack.append("""
              function.run "lib/f%1$d" {
                input = {id: $input.id, label: "step %2$d"}
              } as $r%2$d
              db.query "t%1$d" {
                where = $db.t%1$d.owner_id == $input.id && $db.t%1$d.active
                return = {type: "list"}
              } as $rows%2$d
              foreach ($rows%2$d) {
                each as $item {
                  var.update $sum { value = $sum + ($item.amount|first_notnull:0) }
                }
              }
          """.formatted(target, step));
    }
    return """
        query "q%d" verb=GET {
          input {
            int id
          }
          stack {
            var $sum { value = 0 }
        %s  }
          response = {sum: $sum, first: $r0, last: $rows5}
        }
        """.formatted(i, stack);
  }

  private static void write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
