package dev.xanomcp.files;

import dev.xanomcp.Checkpoint;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the {@code .xs} files that paths name: a file as it is, a folder as the {@code .xs} files
 * below it (optionally those a glob matches). Walks do not follow links, skip {@code .git} and
 * {@code node_modules}, pass over folders they cannot read (with a note), and stop as soon as
 * they pass {@link #MAX_FILES} files or {@link #MAX_ENTRIES} entries, so a huge tree costs
 * neither memory nor unbounded time.
 */
public final class Discovery {
  /** The most files one call checks. */
  public static final int MAX_FILES = 2000;
  /** The most files and folders one call looks at while walking folders. */
  public static final int MAX_ENTRIES = 100_000;

  private static final Set<String> SKIPPED = Set.of(".git", "node_modules");
  private static final String GLOB_HELP = "a glob matches paths below the folder with * (within one folder name), ** (across folders), "
      + "? (one character), [abc] and {a,b}, e.g. api/**/*.xs";

  private Discovery() {}

  /** A path that was named but cannot be checked, and why. */
  public record Problem(String name, String message) {}

  /**
   * What the names stand for: the files to check (sorted, each folder's in path order), the
   * folders named, the names that stand for nothing checkable, and notes on what a walk passed over.
   */
  public record Found(List<Path> files, List<Path> folders, List<Problem> problems, List<String> notes) {
    public Found {
      files = List.copyOf(files);
      folders = List.copyOf(folders);
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }
  }

  /**
   * The files {@code names} stand for; {@code glob} (may be null) narrows what folders yield. A
   * bad glob, or more than {@link #MAX_FILES} files or {@link #MAX_ENTRIES} entries, is a
   * {@link FileProblem} for the whole call.
   */
  public static Found find(List<String> names, String glob, Access access) throws FileProblem {
    Objects.requireNonNull(names, "names == null");
    Objects.requireNonNull(access, "access == null");
    PathMatcher matcher = glob == null ? null : matcher(glob);
    Walk walk = new Walk(matcher);
    List<Path> files = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      Path path;
      try {
        path = access.resolve(name);
      } catch (FileProblem e) {
        problems.add(new Problem(name, e.getMessage()));
        continue;
      }
      if (Files.isDirectory(path)) {
        try {
          access.requireInside(path);
        } catch (FileProblem e) {
          problems.add(new Problem(name, e.getMessage()));
          continue;
        }
        int before = walk.found.size();
        try {
          // a walk does not follow links, so a folder named through one is walked where it lies
          walk.run(Files.isSymbolicLink(path) ? path.toRealPath() : path);
        } catch (FileProblem e) {
          problems.add(new Problem(name, e.getMessage()));
          continue;
        } catch (IOException e) {
          problems.add(new Problem(name, "Cannot read the folder " + Text.cut(path) + ": " + Text.cut(e.getMessage()) + "."));
          continue;
        }
        folders.add(path);
        if (walk.found.size() == before && !walk.over()) {
          problems.add(new Problem(name, "No .xs file in " + Text.cut(path) + (glob == null ? "" : " matching " + Text.cut(glob)) + "."));
        }
      } else {
        files.add(path);
      }
      if (files.size() + walk.found.size() > MAX_FILES || walk.over()) {
        throw new FileProblem(walk.entries > MAX_ENTRIES
            ? "Stopped after " + MAX_ENTRIES + " files and folders in " + Text.cut(path) + "; name a smaller folder."
            : "More than " + MAX_FILES + " .xs files; one call checks at most " + MAX_FILES + ". Name a smaller folder"
                + (glob == null ? " or pass a pattern." : " or a narrower pattern."));
      }
    }
    List<Path> all = new ArrayList<>(files);
    all.addAll(walk.found);
    return new Found(all.stream().distinct().toList(), folders, problems, walk.notes());
  }

  /** The matcher of a glob; also matches files directly in the folder when the glob starts with {@code **}{@code /}. */
  static PathMatcher matcher(String glob) throws FileProblem {
    try {
      PathMatcher full = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (!glob.startsWith("**/")) {
        return full;
      }
      PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
      return p -> full.matches(p) || top.matches(p);
    } catch (PatternSyntaxException e) {
      throw new FileProblem("'" + Text.cut(glob) + "' is not a valid glob (" + Text.cut(e.getDescription()) + " at " + e.getIndex() + "): "
          + GLOB_HELP + ".");
    }
  }

  /** One walk over the folders of a call, counting what it has seen so far. */
  private static final class Walk implements FileVisitor<Path> {
    private final PathMatcher matcher;
    private final List<Path> found = new ArrayList<>();
    private final List<Path> unreadable = new ArrayList<>();
    private Path folder;
    private List<Path> own = new ArrayList<>();
    private int entries;
    private int links;
    private int unreadableCount;

    Walk(PathMatcher matcher) {
      this.matcher = matcher;
    }

    void run(Path folder) throws FileProblem {
      this.folder = folder;
      own = new ArrayList<>();
      try {
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, this);
      } catch (IOException e) {
        throw new FileProblem("Cannot read the folder " + Text.cut(folder) + ": " + Text.cut(e.getMessage()) + ".");
      }
      own.sort(null);
      found.addAll(own);
      own = new ArrayList<>();
    }

    boolean over() {
      return entries > MAX_ENTRIES || found.size() + own.size() > MAX_FILES;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      Checkpoint.check();
      if (++entries > MAX_ENTRIES) {
        return FileVisitResult.TERMINATE;
      }
      return !dir.equals(folder) && SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (++entries > MAX_ENTRIES) {
        return FileVisitResult.TERMINATE;
      }
      if (!file.getFileName().toString().endsWith(".xs")) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isSymbolicLink()) {
        links++;
        return FileVisitResult.CONTINUE;
      }
      if (matcher == null || matcher.matches(folder.relativize(file))) {
        own.add(file); // a FIFO or device named *.xs is kept, so that reading it says what it is
        if (found.size() + own.size() > MAX_FILES) {
          return FileVisitResult.TERMINATE;
        }
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (file.equals(folder)) {
        throw e;
      }
      if (e instanceof AccessDeniedException || Files.isDirectory(file)) {
        if (unreadable.size() < 3) {
          unreadable.add(file);
        }
        unreadableCount++;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      return FileVisitResult.CONTINUE;
    }

    List<String> notes() {
      List<String> notes = new ArrayList<>();
      if (unreadableCount > 0) {
        notes.add("Skipped " + unreadableCount + (unreadableCount == 1 ? " folder" : " folders") + " that could not be read: "
            + String.join(", ", unreadable.stream().map(Text::cut).toList()) + (unreadableCount > unreadable.size() ? ", ..." : "") + ".");
      }
      if (links > 0) {
        notes.add("Skipped " + links + " symbolic " + (links == 1 ? "link" : "links") + " named *.xs: walks do not follow links; name a link's target to check it.");
      }
      return notes;
    }
  }
}
