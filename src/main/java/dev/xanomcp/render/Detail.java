package dev.xanomcp.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How much of an API topic to show. */
public enum Detail {
  /** Title, key concepts, one line per endpoint and workflow. */
  SUMMARY,
  /** Everything: parameters, bodies, examples, workflows, schemas, hints. */
  FULL;

  /** The names a client may send: ours first, then the upstream server's, which keep working. */
  public static final List<String> NAMES = List.of("summary", "full", "overview", "detailed", "examples");

  public static Optional<Detail> parse(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "summary":
      case "overview":
        return Optional.of(SUMMARY);
      case "full":
      case "detailed":
      case "examples":
        return Optional.of(FULL);
      default:
        return Optional.empty();
    }
  }
}
