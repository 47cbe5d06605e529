package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/**
 * One command of a command-line tool: its name without the program ({@code workspace push}), a
 * one-line summary, more detail for the full view, its usage line, positional arguments, flags and
 * one example command line.
 */
public record Command(String name, String summary, String description, String usage, List<Argument> args, List<Flag> flags, String example) {

  public Command {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(usage, "usage == null");
    args = Lists.copy(args);
    flags = Lists.copy(flags);
  }
}
