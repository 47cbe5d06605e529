package dev.xanomcp.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.render.Call;
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
 * upstream's {@code file_path} and {@code directory} (with {@code pattern}); a leading {@code ~};
 * paths relative to the server's folder. Invalid code is a normal answer; a call that checks
 * nothing (no argument, both, a missing or unreadable path) is a tool error that shows a correct call.
 */
public final class ValidateTool implements DocTool {
  static final String CODE = "code";
  static final String FILE_PATHS = "file_paths";
  static final String FILE_PATH = "file_path";
  static final String DIRECTORY = "directory";
  static final String PATTERN = "pattern";
  /** The largest file read, and the most files one call checks. */
  static final long MAX_FILE_BYTES = 1024 * 1024;
  static final int MAX_FILES = 2000;

  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Override
  public String name() {
    return "validate_xanoscript";
  }

  @Override
  public String title() {
    return "Check XanoScript";
  }

  @Override
  public String description() {
    return "Check XanoScript before you push it: syntax and structure (constructs, statements, blocks, types, filters) "
        + "against the Xano engine's own tables, not types or runtime behaviour. Pass code, or file_paths (.xs files or "
        + "folders). Each problem comes with line:column, a code and what to write instead.";
  }

  @Override
  public String instruction() {
    return "Check XanoScript with " + name() + " before answering or pushing it.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(CODE, Schemas.property("string", null));
    properties.put(FILE_PATHS, Schemas.array("string", ".xs files or folders"));
    properties.put(FILE_PATH, Schemas.property("string", null));
    properties.put(DIRECTORY, Schemas.property("string", null));
    properties.put(PATTERN, Schemas.property("string", "glob in directory"));
    return Schemas.object(properties, List.of());
  }

  @Override
  public Map<String, Object> outputSchema() {
    Map<String, Object> file = Schemas.property("object", null);
    file.put("required", List.of("path", "valid", "diagnostics"));
    Map<String, Object> files = Schemas.property("array", null);
    files.put("items", file);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("valid", Schemas.property("boolean", null));
    fields.put("files", files);
    return Schemas.output(fields, List.of("valid", "files"));
  }

  @Override
  public Command command() {
    return null;
  }

  @Override
  public void prepare() {
    Checker.get();
  }

  @Override
  public List<Map<String, Object>> examples() {
    return List.of(
        Map.of(CODE, "function \"add\" {\n  input {\n    int a\n    int b\n  }\n  stack {\n    var $sum {\n      value = $input.a + $input.b\n    }\n  }\n  response = $sum\n}\n"),
        Map.of(CODE, "var $x { value = $list|length > 0 }"));
  }

  @Override
  public Answer answer(Arguments args, Call.Style calls) {
    List<FileResult> results = args.has(CODE) ? List.of(checkCode(args)) : checkFiles(paths(args), ValidateTool::mistake);
    return answer(results);
  }

  static Answer answer(List<FileResult> results) {
    boolean valid = results.stream().allMatch(FileResult::valid);
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
        item.put("suggestion", d.suggestion());
        diagnostics.add(item);
      }
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", result.path());
      file.put("valid", result.valid());
      file.put("diagnostics", diagnostics);
      files.add(file);
    }
    return Answer.of(markdown(results), "valid", valid, "files", files);
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

  private FileResult checkCode(Arguments args) {
    if (args.has(FILE_PATHS) || args.has(FILE_PATH) || args.has(DIRECTORY)) {
      throw mistake("Pass either 'code' or file paths, not both.");
    }
    String code = args.string(CODE).orElseThrow();
    if (code.isBlank()) {
      throw mistake("'code' is empty.");
    }
    if (code.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
      throw mistake("'code' is larger than 1 MiB; check it in parts or as files.");
    }
    // A Run API document may define several constructs, so code is read as one: a second
    // construct is only a warning here, and an error in a .xs file.
    return new FileResult(CODE, Checker.get().check(code, Scope.DOCUMENT));
  }

  /** The files the arguments name, with folders expanded; fails on anything that cannot be checked. */
  List<Path> paths(Arguments args) {
    List<Path> files = new ArrayList<>();
    if (args.has(DIRECTORY)) {
      if (args.has(FILE_PATHS) || args.has(FILE_PATH)) {
        throw mistake("Pass 'directory' alone (with an optional 'pattern'), or 'file_paths'.");
      }
      Path folder = resolve(args.string(DIRECTORY).orElseThrow(), ValidateTool::mistake);
      String pattern = args.string(PATTERN).orElse("**/*.xs");
      files.addAll(folder(folder, FileSystems.getDefault().getPathMatcher("glob:" + pattern), ValidateTool::mistake));
    } else if (args.has(PATTERN)) {
      throw mistake("'pattern' goes with 'directory'.");
    } else {
      List<String> given = new ArrayList<>(strings(args));
      args.string(FILE_PATH).ifPresent(given::add);
      if (given.isEmpty()) {
        throw mistake("Nothing to check.");
      }
      files.addAll(expand(given, ValidateTool::mistake));
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

  /** The structured result of {@code results}, as the tool's {@code structuredContent} holds it. */
  public static Map<String, Object> structured(List<FileResult> results) {
    return answer(results).structured();
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

  /** {@code file_paths} as an array, one path, or a JSON array written as a string. */
  private static List<String> strings(Arguments args) {
    if (!args.has(FILE_PATHS)) {
      return List.of();
    }
    Object value = args.raw(FILE_PATHS);
    if (value instanceof String text) {
      String trimmed = text.strip();
      if (trimmed.startsWith("[")) {
        try {
          return List.of(JSON.readValue(trimmed, String[].class));
        } catch (JsonProcessingException e) {
          throw mistake("'file_paths' looks like a JSON array but is not one: " + e.getOriginalMessage() + ".");
        }
      }
      return List.of(trimmed);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw mistake("'file_paths' must be an array of paths.");
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
