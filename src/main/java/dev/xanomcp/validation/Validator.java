package dev.xanomcp.validation;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.files.Access;
import dev.xanomcp.files.Discovery;
import dev.xanomcp.files.FileProblem;
import dev.xanomcp.files.SourceReader;
import dev.xanomcp.xanoscript.Definitions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Checks XanoScript: code given as a string, or the {@code .xs} files and folders that paths
 * name. When a folder is checked, the names one file uses and another defines (functions,
 * tables and their columns, addons, middleware) are checked across its files; a name no file
 * defines is reported only when the folder is a whole workspace. Every readable file is checked
 * even when others cannot be read.
 */
public final class Validator {
  /** The note of a folder checked without its whole workspace. */
  static final String PARTIAL = "No folder given is a whole workspace (with two of api/, function/, table/, task/...), so a function, table, "
      + "addon or middleware none of the files defines was not reported.";

  private Validator() {}

  /** The check of {@code code}, a piece of XanoScript given as a string. */
  public static FileResult code(String code) {
    Objects.requireNonNull(code, "code == null");
    return Checks.code(code);
  }

  /**
   * The checks of the files {@code paths} name (files, folders), folders narrowed by {@code glob}
   * (may be null), within what {@code access} allows. A bad glob or too many files is a {@link
   * FileProblem} for the whole call; a path that cannot be read is a result of its own.
   */
  public static Outcome files(List<String> paths, String glob, Access access) throws FileProblem {
    List<FileResult> results = new ArrayList<>();
    List<String> notes = files(paths, glob, access, results::add);
    return new Outcome(results, notes);
  }

  /**
   * As {@link #files(List, String, Access)}, handing each result to {@code each} as soon as it is
   * made (paths that cannot be read first); returns the notes.
   */
  public static List<String> files(List<String> paths, String glob, Access access, Consumer<FileResult> each) throws FileProblem {
    Discovery.Found found = Discovery.find(paths, glob, access);
    for (Discovery.Problem problem : found.problems()) {
      each.accept(FileResult.unreadable(problem.name(), problem.message()));
    }
    List<String> notes = new ArrayList<>(found.notes());
    Definitions definitions = Definitions.NONE;
    if (found.files().size() > 1) {
      boolean workspace = found.folders().stream().anyMatch(Workspace::is);
      if (!found.folders().isEmpty() && !workspace) {
        notes.add(PARTIAL);
      }
      definitions = definitions(found.files(), access, workspace);
    }
    for (Path file : found.files()) {
      Checkpoint.check();
      each.accept(check(file, access, definitions));
    }
    return notes;
  }

  /** What the files define for each other; a file that cannot be read is reported when it is checked. */
  private static Definitions definitions(List<Path> files, Access access, boolean workspace) {
    Definitions.Builder builder = Definitions.builder();
    for (Path file : files) {
      Checkpoint.check();
      try {
        builder.add(SourceReader.read(file, access));
      } catch (FileProblem e) {
        continue;
      }
    }
    return builder.build(workspace);
  }

  private static FileResult check(Path file, Access access, Definitions definitions) {
    String path = file.toString();
    String text;
    try {
      text = SourceReader.read(file, access);
    } catch (FileProblem e) {
      return FileResult.unreadable(path, e.getMessage());
    }
    try {
      return Checks.file(path, text, definitions);
    } catch (CancellationException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      return FileResult.failed(path, "The checker failed on this file (" + e.getClass().getSimpleName() + "); please report it.");
    }
  }
}
