package dev.xanomcp.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads {@code .xs} files safely: only a regular file (links resolved) whose real name ends in
 * {@code .xs}, inside the allowed roots, at most {@link #MAX_BYTES} long, as UTF-8. Nothing that
 * is not a regular file is ever opened, so a FIFO cannot block the read and a device cannot
 * flood it.
 */
public final class SourceReader {
  /**
   * The largest file read (and, through the tool, the most code checked at once): 256 KiB checks
   * in under a second and leaves half of the launcher's 32 MiB heap free in the worst case measured
   * (bench/checker --worst); the largest real file seen is 33 KB.
   */
  public static final int MAX_BYTES = 256 * 1024;

  private SourceReader() {}

  /** The text of the file at {@code path}; anything that keeps it from being read is a {@link FileProblem}. */
  public static String read(Path path, Access access) throws FileProblem {
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new FileProblem("No file at " + Text.cut(path) + (Files.isSymbolicLink(path) ? " (a link to a missing file)." : "."));
    } catch (IOException e) {
      throw new FileProblem("Cannot read " + Text.cut(path) + ": " + reason(e) + ".");
    }
    access.requireInside(path);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new FileProblem("Cannot read " + Text.cut(path) + ": " + reason(e) + ".");
    }
    String shown = Text.cut(path) + (real.equals(path) ? "" : " (" + Text.cut(real) + ")");
    if (attributes.isDirectory()) {
      throw new FileProblem(shown + " is a folder, not a .xs file.");
    }
    if (!attributes.isRegularFile()) {
      throw new FileProblem(shown + " is " + special(real) + ", not a regular file; only .xs files are read.");
    }
    if (!real.getFileName().toString().endsWith(".xs")) {
      throw new FileProblem(shown + " is not a .xs file.");
    }
    long size = attributes.size();
    if (size > MAX_BYTES) {
      throw new FileProblem(shown + " is larger than " + MAX_BYTES / 1024 + " KiB (" + size + " bytes); check it in parts.");
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) size);
    try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
        // reads at most the size seen above, even if the file grows meanwhile
      }
    } catch (IOException e) {
      throw new FileProblem("Cannot read " + shown + ": " + reason(e) + ".");
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString();
    } catch (CharacterCodingException e) {
      throw new FileProblem(shown + " is not UTF-8 text (at byte " + bytes.position() + ").");
    }
  }

  /** What a file that is neither a folder nor a regular file is: FIFO, device or socket, from its mode where the system tells it. */
  private static String special(Path real) {
    try {
      int mode = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO (named pipe)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : Text.cut(message);
  }
}
