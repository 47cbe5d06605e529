package dev.xanomcp.validation;

import dev.xanomcp.files.Access;
import dev.xanomcp.files.Discovery;
import dev.xanomcp.files.FileProblem;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code check}: the validator as editors and CI run it, printing each file's problems as soon as it is checked. */
public final class CheckCommand {
  /** No file has an error. */
  public static final int OK = 0;
  /** A file has an error. */
  public static final int ERRORS = 1;
  /** Bad usage, or a path that could not be read. */
  public static final int USAGE = 2;
  /** The checker failed. */
  public static final int FAILURE = 3;

  static final String USAGE_LINE = "Usage: xano-developer-mcp check [--json] [--] <path>...";

  static final String HELP = USAGE_LINE + "\n\n"
      + """
      Checks XanoScript files: each path is a .xs file or a folder searched for .xs files
      (links inside folders are not followed; .git and node_modules are skipped; at most
      %d files). Across the files of a folder it also checks the names one file uses and
      another defines: functions, tables and their columns, addons, middleware. A name no
      file defines is reported only when the folder is a whole workspace, as `xano workspace
      pull` writes it.

      Prints the problems of each file as soon as it is checked, one line per problem,
        path:line:column: error|warning: message (suggestion)
      the form editors and CI annotate, and a summary on stderr. With --json it prints one
      JSON object per line and file instead: path, valid, checked_as, diagnostics, more; or
      path, valid, problem for a path that could not be checked.

      -- ends the options, so that `check -- -x.xs` checks a file named -x.xs.

      Exit status, the highest that applies: 0 no file has an error; 1 a file has an error;
      2 bad usage, or a path that could not be read (the others are still checked); 3 the
      checker failed.
      """.formatted(Discovery.MAX_FILES);

  private CheckCommand() {}

  /** How the files are checked: {@link Validator#files(List, String, Access, Consumer)}, or a stand-in in tests. */
  @FunctionalInterface
  interface Checking {
    List<String> files(List<String> paths, String glob, Access access, Consumer<FileResult> each) throws FileProblem;
  }

  /** Runs {@code check} with {@code args} (what follows the word {@code check}) and returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, out, err, Validator::files);
  }

  static int run(List<String> args, PrintStream out, PrintStream err, Checking checking) {
    boolean json = false;
    boolean options = true;
    List<String> paths = new ArrayList<>();
    for (String arg : args) {
      if (options && arg.equals("--")) {
        options = false;
      } else if (options && (arg.equals("--help") || arg.equals("-h"))) {
        out.print(HELP);
        return OK;
      } else if (options && arg.equals("--json")) {
        json = true;
      } else if (options && arg.startsWith("-") && arg.length() > 1) {
        err.println("Unknown option '" + arg + "'. " + USAGE_LINE + " (-- ends the options)");
        return USAGE;
      } else {
        paths.add(arg);
      }
    }
    if (paths.isEmpty()) {
      err.println("Name the .xs files or folders to check. " + USAGE_LINE);
      return USAGE;
    }
    Tally tally = new Tally(json, out, Path.of("").toAbsolutePath());
    try {
      List<String> notes = checking.files(paths, null, Access.workingFolder(), tally::add);
      notes.forEach(note -> err.println("note: " + note));
    } catch (FileProblem e) {
      err.println(e.getMessage());
      return USAGE;
    } catch (RuntimeException | Error e) {
      out.flush();
      err.println("The check failed (" + e + "); please report it.");
      return FAILURE;
    }
    err.println(tally.summary());
    return tally.status;
  }

  /** Prints each result as it comes and keeps the counts and the exit status. */
  private static final class Tally {
    private final boolean json;
    private final PrintStream out;
    private final Path here;
    private int status = OK;
    private long files;
    private long invalid;
    private long unread;
    private long errors;
    private long warnings;

    Tally(boolean json, PrintStream out, Path here) {
      this.json = json;
      this.out = out;
      this.here = here;
    }

    void add(FileResult result) {
      String shown = shown(result.path());
      if (json) {
        out.println(JsonLineReport.line(shown, result));
      } else {
        LineReport.lines(shown, result).forEach(out::println);
      }
      out.flush();
      if (!result.wasChecked()) {
        unread++;
        status = Math.max(status, result.internal() ? FAILURE : USAGE);
        return;
      }
      files++;
      errors += result.errors();
      warnings += result.warnings();
      if (!result.valid()) {
        invalid++;
        status = Math.max(status, ERRORS);
      }
    }

    /** A path under the working folder relative to it, as editors expect; others as they are. */
    private String shown(String path) {
      Path file;
      try {
        file = Path.of(path);
      } catch (InvalidPathException e) {
        return path;
      }
      return file.isAbsolute() && file.startsWith(here) && !file.equals(here) ? here.relativize(file).toString() : path;
    }

    String summary() {
      return plural(files, "file") + " checked: " + invalid + " with errors; " + plural(errors, "error") + ", " + plural(warnings, "warning")
          + (unread == 0 ? "." : "; " + plural(unread, "path") + " could not be checked.");
    }

    private static String plural(long count, String noun) {
      return count + " " + noun + (count == 1 ? "" : "s");
    }
  }
}
