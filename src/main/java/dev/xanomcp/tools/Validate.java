package dev.xanomcp.tools;

import dev.xanomcp.files.Access;
import dev.xanomcp.files.FileProblem;
import dev.xanomcp.files.SourceReader;
import dev.xanomcp.render.Call;
import dev.xanomcp.validation.MarkdownReport;
import dev.xanomcp.validation.Outcome;
import dev.xanomcp.validation.StructuredReport;
import dev.xanomcp.validation.Validator;
import dev.xanomcp.xanoscript.Checker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code validate_xanoscript}: checks XanoScript code (a whole construct or the few statements an
 * assistant just wrote) or {@code .xs} files and folders, with the project's own checker. Lenient
 * about how paths come, since that is where assistants stumble most: {@code file_paths} as an
 * array, one string or a JSON array in a string; the upstream's {@code file_path} and
 * {@code directory} (with {@code pattern}); a leading {@code ~}. Files are read only within the
 * client's roots, when it gave any. Invalid code is a normal answer; a call that checks nothing is
 * a tool error that shows a correct call.
 */
public final class Validate {
  static final String CODE = "code";
  static final String FILE_PATHS = "file_paths";
  static final String FILE_PATH = Call.FILE_PATH;
  static final String DIRECTORY = "directory";
  static final String PATTERN = "pattern";
  /** The most code one call checks, as for a file: checking it fits the launcher's heap with room to spare. */
  public static final int CODE_CAP = SourceReader.MAX_BYTES;
  /** The most paths one call names. */
  static final int PATHS = 100;

  private Validate() {}

  public static Tool tool() {
    List<Param> params = List.of(
        Param.text(CODE, "statements, or a whole construct", CODE_CAP),
        Param.texts(FILE_PATHS, ".xs files or folders", ScriptDocs.PATH_CAP, PATHS),
        Param.text(FILE_PATH, null, ScriptDocs.PATH_CAP),
        Param.text(DIRECTORY, null, ScriptDocs.PATH_CAP),
        Param.text(PATTERN, "glob in directory", Param.NAME_CAP));
    String name = "validate_xanoscript";
    return new Tool(name, "Check XanoScript",
        "Check XanoScript before you push it: syntax, structure and names (variables, inputs; in a folder also functions, "
            + "tables, columns) against the Xano engine's own tables, not runtime behaviour. Pass code (a construct or a few "
            + "statements) or file_paths (.xs files, folders). Each problem has line:column and what to write instead.",
        "Check XanoScript with " + name + " before answering or pushing it.",
        params, output(), null,
        List.of(
            Map.of(CODE, "function \"add\" {\n  input {\n    int a\n    int b\n  }\n  stack {\n    var $sum {\n      value = $input.a + $input.b\n    }\n  }\n  response = $sum\n}\n"),
            Map.of(CODE, "var $total {\n  value = 0\n}\n"),
            Map.of(CODE, "var $x { value = $list|length > 0 }")),
        Checker::get, Validate::answer);
  }

  /**
   * The data of an answer, its fields typed and no deeper: for code its verdict, what it was
   * checked as and its diagnostics; for files, how many were checked and each file with findings.
   * Each diagnostic holds {@code line}, {@code column}, {@code severity}, {@code code},
   * {@code message} and, when there is one, {@code suggestion}.
   */
  private static Map<String, Object> output() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("valid", Schemas.property("boolean", null));
    fields.put("checked_as", Schemas.property("string", null));
    fields.put("diagnostics", Schemas.property("array", null));
    fields.put("more", Schemas.property("integer", null));
    fields.put("checked", Schemas.property("integer", null));
    fields.put("files", Schemas.property("array", null));
    fields.put("notes", Schemas.property("array", null));
    return Schemas.object(fields, List.of("valid"));
  }

  private static Answer answer(Args args, Context context) {
    Outcome outcome;
    if (args.has(CODE)) {
      if (args.has(FILE_PATHS) || args.has(FILE_PATH) || args.has(DIRECTORY)) {
        throw mistake("Pass either " + args.name(CODE) + " or file paths, not both.");
      }
      String code = args.text(CODE).orElseThrow();
      if (code.isBlank()) {
        throw mistake(args.name(CODE) + " is empty.");
      }
      outcome = new Outcome(List.of(Validator.code(code)), List.of());
    } else {
      outcome = files(args, access(context));
    }
    String markdown = MarkdownReport.render(outcome);
    if (outcome.checkedNothing()) {
      throw mistake(markdown.strip());
    }
    return Answer.data(markdown, StructuredReport.render(outcome));
  }

  /** The checks of the files and folders the arguments name. */
  private static Outcome files(Args args, Access access) {
    String glob = null;
    List<String> paths = new ArrayList<>();
    if (args.has(DIRECTORY)) {
      if (args.has(FILE_PATHS) || args.has(FILE_PATH)) {
        throw mistake("Pass " + args.name(DIRECTORY) + " alone (with an optional " + args.name(PATTERN) + "), or " + args.name(FILE_PATHS) + ".");
      }
      paths.add(args.text(DIRECTORY).orElseThrow());
      glob = args.text(PATTERN).orElse(null);
    } else if (args.has(PATTERN)) {
      throw mistake(args.name(PATTERN) + " goes with " + args.name(DIRECTORY) + ".");
    } else {
      paths.addAll(args.texts(FILE_PATHS));
      args.text(FILE_PATH).ifPresent(paths::add);
    }
    if (paths.isEmpty()) {
      throw mistake("Nothing to check.");
    }
    try {
      return Validator.files(paths, glob, access);
    } catch (FileProblem e) {
      throw mistake(e.getMessage());
    }
  }

  /** Where the client lets files be read: within its roots if it gave any, else anywhere, relative paths from the server's folder. */
  private static Access access(Context context) {
    Optional<List<Path>> roots = context.roots().get();
    return roots.map(Access::roots).orElseGet(Access::workingFolder);
  }

  /** An argument mistake: what was wrong, and a correct call. */
  static ToolInputException mistake(String what) {
    return new ToolInputException(what + " Pass 'code' (the XanoScript as a string) or 'file_paths' (an array of .xs files or folders), e.g. "
        + "{\"file_paths\": [\"api/users/get.xs\"]} or {\"code\": \"var $total {\\n  value = 0\\n}\"}.");
  }
}
