package dev.xanomcp.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How much of a XanoScript topic to show. */
public enum Mode {
  /** The whole topic. */
  FULL,
  /** Only the topic's "Quick Reference" section, for small context windows. */
  QUICK_REFERENCE;

  public static final List<String> NAMES = List.of("full", "quick_reference");

  public static Optional<Mode> parse(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "full":
        return Optional.of(FULL);
      case "quick_reference":
      case "quick":
        return Optional.of(QUICK_REFERENCE);
      default:
        return Optional.empty();
    }
  }
}
