package dev.xanomcp.tools;

import dev.xanomcp.xanoscript.Checker;
import dev.xanomcp.xanoscript.Diagnostic;
import dev.xanomcp.xanoscript.Scope;
import dev.xanomcp.xanoscript.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code validate_xanoscript}: checks XanoScript code or {@code .xs} files with the project's own
 * checker ({@link Checker}). Lenient about how arguments come, since that is where assistants
 * stumble most: {@code file_paths} as an array, one string or a JSON array in a string; the
 * upstream's {@code file_path} and {@code directory} (with {@code pattern}); a leading {@code ~}.
 * Invalid code is a normal answer; a call that checks nothing (no argument, both, a missing or
 * unreadable path) is a tool error that shows a correct call.
 */
public final class Validate {
  static final String CODE = "code";
  static final String FILE_PATHS = "file_paths";
  static final String FILE_PATH = "file_path";
  static final String DIRECTORY = "directory";
  static final String PATTERN = "pattern";
  /** The largest code or file checked, and the most files one call checks. */
  public static final int CODE_CAP = 1024 * 1024;
  static final long MAX_FILE_BYTES = CODE_CAP;
  static final int MAX_FILES = 2000;
  /** The most paths one call names. */
  static final int PATHS = 100;

  /** The diagnostics of one file (or of the code, whose path is {@code "code"}). */
  public record FileResult(String path, List<Diagnostic> diagnostics) {
    public FileResult {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean valid() {
      return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
      return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
  }

  private Validate() {}

  public static Tool tool() {
    List<Param> params = List.of(
        Param.text(CODE, null, CODE_CAP),
        Param.texts(FILE_PATHS, ".xs files or folders", ScriptDocs.PATH_CAP, PATHS),
        Param.text(FILE_PATH, null, ScriptDocs.PATH_CAP),
        Param.text(DIRECTORY, null, ScriptDocs.PATH_CAP),
        Param.text(PATTERN, "glob in directory", Param.NAME_CAP));
    Map<String, Object> diagnostic = new LinkedHashMap<>();
    for (String field : List.of("line", "column")) {
      diagnostic.put(field, Schemas.property("integer", null));
    }
    for (String field : List.of("severity", "code", "message", "suggestion")) {
      diagnostic.put(field, Schemas.property("string", null));
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("path", Schemas.property("string", null));
    file.put("valid", Schemas.property("boolean", null));
    file.put("diagnostics", Schemas.array(Schemas.object(diagnostic, List.of("line", "column", "severity", "code", "message"))));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("valid", Schemas.property("boolean", null));
    fields.put("files", Schemas.array(Schemas.object(file, List.of("path", "valid", "diagnostics"))));
    String name = "validate_xanoscript";
    return new Tool(name, "Check XanoScript",
        "Check XanoScript before you push it: syntax and structure (constructs, statements, blocks, types, filters) "
            + "against the Xano engine's own tables, not types or runtime behaviour. Pass code, or file_paths (.xs files or "
            + "folders). Each problem comes with line:column, a code and what to write instead.",
        "Check XanoScript with " + name + " before answering or pushing it.",
        params, Schemas.object(fields, List.of("valid", "files")), null,
        List.of(
            Map.of(CODE, "function \"add\" {\n  input {\n    int a\n    int b\n  }\n  stack {\n    var $sum {\n      value = $input.a + $input.b\n    }\n  }\n  response = $sum\n}\n"),
            Map.of(CODE, "var $x { value = $list|length > 0 }")),
        Checker::get, Validate::answer);
  }

  private static Answer answer(Args args, Context context) {
    List<FileResult> results = args.has(CODE) ? List.of(checkCode(args)) : checkFiles(paths(args), Validate::mistake);
    return answer(results);
  }

  static Answer answer(List<FileResult> results) {
    return Answer.data(markdown(results), structured(results));
  }

  /** The structured result of {@code results}, as the tool's {@code structuredContent} holds it. */
  public static Map<String, Object> structured(List<FileResult> results) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileResult result : results) {
      List<Map<String, Object>> diagnostics = new ArrayList<>();
      for (Diagnostic d : result.diagnostics()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("line", d.line());
        item.put("column", d.column());
        item.put("severity", d.severity().toString());
        item.put("code", d.code());
        item.put("message", d.message());
        if (d.suggestion() != null) {
          item.put("suggestion", d.suggestion());
        }
        diagnostics.add(item);
      }
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", result.path());
      file.put("valid", result.valid());
      file.put("diagnostics", diagnostics);
      files.add(file);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("valid", results.stream().allMatch(FileResult::valid));
    data.put("files", files);
    return data;
  }

  /** The report: a verdict, then per file its problems as {@code line:column severity code: message → suggestion}. */
  static String markdown(List<FileResult> results) {
    StringBuilder md = new StringBuilder();
    long invalid = results.stream().filter(r -> !r.valid()).count();
    boolean one = results.size() == 1;
    if (one) {
      md.append(results.get(0).valid() ? "Valid" : "Invalid").append(": ").append(counts(results.get(0))).append(".\n");
    } else {
      md.append(invalid == 0 ? "All " + results.size() + " files are valid" : invalid + " of " + results.size() + " files have errors").append(".\n");
    }
    for (FileResult result : results) {
      if (!one) {
        if (result.diagnostics().isEmpty()) {
          continue;
        }
        md.append("\n`").append(result.path()).append("`: ").append(counts(result)).append('\n');
      } else if (!result.path().equals(CODE)) {
        md.append("Checked `").append(result.path()).append("`.\n");
      }
      if (!result.diagnostics().isEmpty()) {
        md.append('\n');
      }
      int n = 1;
      for (Diagnostic d : result.diagnostics()) {
        md.append(n++).append(". ").append(d.line()).append(':').append(d.column()).append(' ').append(d.severity()).append(" `").append(d.code()).append("`: ")
            .append(d.message());
        if (d.suggestion() != null) {
          md.append(" → ").append(d.suggestion());
        }
        md.append('\n');
      }
    }
    return md.toString();
  }

  private static String counts(FileResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    if (errors == 0 && warnings == 0) {
      return "no problems found";
    }
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
  }

  private static FileResult checkCode(Args args) {
    if (args.has(FILE_PATHS) || args.has(FILE_PATH) || args.has(DIRECTORY)) {
      throw mistake("Pass either 'code' or file paths, not both.");
    }
    String code = args.text(CODE).orElseThrow();
    if (code.isBlank()) {
      throw mistake("'code' is empty.");
    }
    // A Run API document may define several constructs, so code is read as one: a second
    // construct is only a warning here, and an error in a .xs file.
    return new FileResult(CODE, Checker.get().check(code, Scope.DOCUMENT));
  }

  /** The files the arguments name, with folders expanded; fails on anything that cannot be checked. */
  static List<Path> paths(Args args) {
    List<Path> files = new ArrayList<>();
    if (args.has(DIRECTORY)) {
      if (args.has(FILE_PATHS) || args.has(FILE_PATH)) {
        throw mistake("Pass 'directory' alone (with an optional 'pattern'), or 'file_paths'.");
      }
      Path folder = resolve(args.text(DIRECTORY).orElseThrow(), Validate::mistake);
      String pattern = args.text(PATTERN).orElse("**/*.xs");
      files.addAll(folder(folder, FileSystems.getDefault().getPathMatcher("glob:" + pattern), Validate::mistake));
    } else if (args.has(PATTERN)) {
      throw mistake("'pattern' goes with 'directory'.");
    } else {
      List<String> given = new ArrayList<>(args.texts(FILE_PATHS));
      args.text(FILE_PATH).ifPresent(given::add);
      if (given.isEmpty()) {
        throw mistake("Nothing to check.");
      }
      files.addAll(expand(given, Validate::mistake));
    }
    if (files.size() > MAX_FILES) {
      throw mistake(files.size() + " files is more than the " + MAX_FILES + " one call checks; name a smaller folder.");
    }
    return files;
  }

  /**
   * The checks of the {@code .xs} files and folders named by {@code paths} (for the command
   * line); a path that cannot be checked is a {@link ToolInputException}.
   */
  public static List<FileResult> check(List<String> paths) {
    return checkFiles(expand(paths, ToolInputException::new), ToolInputException::new);
  }

  /** The checks of {@code files}, each named by its absolute path. */
  static List<FileResult> checkFiles(List<Path> files, Function<String, ToolInputException> fail) {
    List<FileResult> results = new ArrayList<>();
    for (Path file : files) {
      results.add(new FileResult(file.toString(), Checker.get().check(read(file, fail), Scope.FILE)));
    }
    return results;
  }

  /** The files named: each {@code .xs} file as it is, each folder as the {@code .xs} files below it. */
  private static List<Path> expand(List<String> names, Function<String, ToolInputException> fail) {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path path = resolve(name, fail);
      if (Files.isDirectory(path)) {
        files.addAll(folder(path, null, fail));
      } else if (!Files.exists(path)) {
        throw fail.apply("No file or folder at " + path + ".");
      } else if (!path.getFileName().toString().endsWith(".xs")) {
        throw fail.apply(path + " is not a .xs file.");
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** A path as given, with a leading '~' read as the home folder and a relative one read from the server's folder. */
  static Path resolve(String name, Function<String, ToolInputException> fail) {
    String path = name.strip();
    if (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\")) {
      path = System.getProperty("user.home") + path.substring(1);
    }
    try {
      return Path.of(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw fail.apply("'" + name + "' is not a path: " + e.getReason() + ".");
    }
  }

  /** The .xs files under {@code folder} (matching {@code glob} relative to it, if given); symbolic links are not followed. */
  private static List<Path> folder(Path folder, PathMatcher glob, Function<String, ToolInputException> fail) {
    if (!Files.isDirectory(folder)) {
      throw fail.apply("No folder at " + folder + ".");
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && p.getFileName().toString().endsWith(".xs"))
          .filter(p -> glob == null || glob.matches(folder.relativize(p)))
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw fail.apply("No .xs file in " + folder + (glob == null ? "" : " matching the pattern") + ".");
      }
      return files;
    } catch (IOException e) {
      throw fail.apply("Cannot read the folder " + folder + ": " + e.getMessage() + ".");
    }
  }

  private static String read(Path file, Function<String, ToolInputException> fail) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw fail.apply(file + " is larger than 1 MiB.");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw fail.apply(file + " is not UTF-8 text.");
    } catch (IOException e) {
      throw fail.apply("Cannot read " + file + ": " + e.getMessage() + ".");
    }
  }

  /** An argument mistake: what was wrong, the arguments this tool takes, and a correct call. */
  static ToolInputException mistake(String what) {
    return new ToolInputException(what + " Pass 'code' (the XanoScript as a string) or 'file_paths' (an array of .xs files or folders), e.g. "
        + "{\"file_paths\": [\"api/users/get.xs\"]} or {\"code\": \"function \\\"f\\\" { ... }\"}.");
  }
}
