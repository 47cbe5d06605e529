package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xanomcp.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```xs} block of the upstream XanoScript docs (see {@link Reference}) checks without
 * error as {@code validate_xanoscript} checks code, except the blocks listed in {@link
 * #KNOWN_INVALID}. The upstream annotates code in ways no file may (a comment after code, a {@code
 * ...} placeholder); those diagnostics are left out. The project's own topics are checked by
 * {@code DocsCodeTest}.
 */
class DocsSnippetsTest {
  private static final Pattern FENCE = Pattern.compile("(?m)^```xs([^\\n]*)\\n(.*?)^```", Pattern.DOTALL);

  /**
   * Blocks of the upstream docs that really are invalid, by file and first line of the block, with
   * the diagnostic code each must get. (Blocks that name a property the engine's tables lack are
   * counted apart: the upstream docs often use other names than the engine, which the project's
   * own topics correct.)
   */
  private static final Map<String, String> KNOWN_INVALID = Map.ofEntries(
      // templates with <placeholders>, not code
      Map.entry("README.md:104", "unexpected-token"),
      Map.entry("addons.md:11", "unexpected-token"),
      Map.entry("apis.md:35", "unexpected-token"),
      Map.entry("functions.md:15", "unexpected-token"),
      Map.entry("functions.md:41", "unknown-word"),
      Map.entry("middleware.md:11", "unexpected-token"),
      Map.entry("unit-testing.md:11", "unexpected-token"),
      Map.entry("tasks.md:11", "unexpected-token"),
      Map.entry("agents.md:15", "unknown-value"),
      // {{ ... }} prompt templates, not XanoScript
      Map.entry("agents.md:224", "unexpected-token"),
      // prose inside a code block
      Map.entry("types.md:303", "unexpected-token"),
      // shown on purpose as the wrong way (filters next to == and ~), with a bare `if` line
      Map.entry("syntax.md:137", "filter-needs-parentheses"),
      // a filtered value compared without parentheses (`$input.token|strlen > ...`, `$x|to_int ?? 0`)
      Map.entry("middleware.md:92", "filter-needs-parentheses"),
      Map.entry("security.md:282", "filter-needs-parentheses"),
      // `max_size` is no input filter
      Map.entry("security.md:297", "unknown-filter"),
      // `remove` is no statement (the tables have `foreach.remove`)
      Map.entry("functions.md:384", "unknown-statement"),
      // a query without its verb, or without its input block (both required by the parser and the tables)
      Map.entry("streaming.md:162", "missing-verb"),
      Map.entry("streaming.md:184", "missing-verb"),
      Map.entry("streaming.md:203", "missing-verb"),
      Map.entry("streaming.md:281", "missing-verb"),
      Map.entry("apis.md:177", "missing-block"),
      Map.entry("apis.md:189", "missing-block"),
      // an `output { ... }` block inside the `llm` object
      Map.entry("agents.md:168", "unexpected-token"),
      // `run.job` with a `stack` and no `main`, which the engine's table of run.job does not allow
      Map.entry("essentials.md:583", "run-job-block"),
      Map.entry("working.md:132", "run-job-block"),
      // a function and then, at the top level, statements that call it
      Map.entry("working.md:359", "unknown-construct"),
      // statements mixed with bare expressions, clauses (`stack { }`, `input { }`) or a bare `if`
      Map.entry("essentials.md:33", "unexpected-token"),
      Map.entry("performance.md:146", "unexpected-token"),
      Map.entry("security.md:232", "unexpected-token"),
      Map.entry("syntax.md:293", "unexpected-token"),
      Map.entry("integrations/external-apis.md:11", "unexpected-token"),
      Map.entry("essentials.md:104", "unknown-statement"),
      Map.entry("integrations/external-apis.md:148", "unknown-statement"),
      Map.entry("working.md:239", "unknown-statement"),
      Map.entry("working.md:314", "unknown-statement"),
      Map.entry("essentials.md:498", "if-outside-conditional"),
      Map.entry("survival.md:57", "if-outside-conditional"),
      Map.entry("syntax.md:147", "if-outside-conditional"),
      Map.entry("working.md:77", "if-outside-conditional"),
      // one-line summaries with placeholder words as values (`{ field: value }`)
      Map.entry("survival.md:135", "unknown-word"),
      // bare words as filter arguments (`sort:n:text:false`)
      Map.entry("syntax/array-filters.md:160", "unknown-word"),
      // the same clause twice, as alternatives side by side
      Map.entry("apis.md:159", "duplicate-block"),
      Map.entry("essentials.md:596", "duplicate-block"),
      Map.entry("types.md:84", "duplicate-block"),
      Map.entry("working.md:139", "duplicate-block"),
      Map.entry("functions.md:194", "duplicate-block"),
      // statements called like functions (`math.add(5, 3)`, `object.keys($obj)`), which Xano rejects
      Map.entry("syntax/functions.md:75", "call-syntax"),
      Map.entry("syntax/functions.md:122", "call-syntax"),
      Map.entry("syntax/string-filters.md:107", "call-syntax"),
      // `await $request` after `async = true`: the engine's `await` takes `ids` and `timeout`
      Map.entry("functions.md:338", "missing-property"),
      // `api.request` without `method`, which the parser requires
      Map.entry("unit-testing.md:187", "missing-property"),
      Map.entry("unit-testing.md:218", "missing-property"),
      // `function.run` whose `input` is a variable: the parser takes only an object `{...}`
      Map.entry("database.md:602", "not-an-object"));

  /** Where a block of the upstream docs names a property the tables lack, as the upstream often does. */
  private static boolean otherNames(List<Diagnostic> errors) {
    return errors.stream().anyMatch(d -> d.code().equals("unknown-property"));
  }

  @Test
  void upstreamBlocksHaveNoError() throws IOException {
    Path docs = Reference.require("upstream/xanoscript");
    List<String> unexpected = new ArrayList<>();
    Map<String, String> expected = new TreeMap<>(KNOWN_INVALID);
    int renamed = 0;
    List<Block> blocks = blocks(docs);
    for (Block block : blocks) {
      List<Diagnostic> errors = errors(block.code());
      String known = expected.remove(block.where());
      if (known != null) {
        if (errors.stream().noneMatch(d -> d.code().equals(known))) {
          unexpected.add(block.where() + ": expected " + known + ", got " + errors);
        }
      } else if (otherNames(errors)) {
        renamed++;
      } else {
        errors.forEach(d -> unexpected.add(block.where() + " +" + d.line() + ":" + d.column() + " " + d.code() + ": " + d.message()));
      }
    }
    expected.keySet().forEach(k -> unexpected.add(k + ": listed as invalid but no such block"));
    unexpected.forEach(System.out::println);
    System.out.println("upstream docs: " + blocks.size() + " blocks, " + KNOWN_INVALID.size() + " known invalid, " + renamed
        + " with property names the engine's tables lack");
    assertEquals(List.of(), unexpected);
  }

  private static List<Diagnostic> errors(String code) {
    return Checker.get().check(code).diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR && !d.code().equals("trailing-comment"))
        .toList();
  }

  /** One fenced block: its file, the line of its fence, its info string and its code. */
  record Block(String file, int line, String info, String code) {
    String where() {
      return file + ":" + line;
    }
  }

  static List<Block> blocks(Path folder) throws IOException {
    List<Block> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
          int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
          out.add(new Block(folder.relativize(file).toString(), line, m.group(1).trim(), m.group(2)));
        }
      }
    }
    return out;
  }
}
