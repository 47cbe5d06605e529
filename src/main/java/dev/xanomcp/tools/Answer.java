package dev.xanomcp.tools;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tool's answer: the Markdown the model reads, the tool's data for {@code structuredContent}
 * (null for a documentation tool, whose answer is its Markdown alone) and the URIs of the
 * resources it names, sent as {@code resource_link} blocks.
 */
public record Answer(String markdown, Map<String, Object> data, List<String> links) {
  public Answer {
    Objects.requireNonNull(markdown, "markdown == null");
    links = List.copyOf(links);
  }

  /** A documentation answer: Markdown only. */
  public static Answer text(String markdown) {
    return new Answer(markdown, null, List.of());
  }

  /** A data answer: the data and its Markdown rendering. */
  public static Answer data(String markdown, Map<String, Object> data) {
    return new Answer(markdown, Objects.requireNonNull(data, "data == null"), List.of());
  }

  public Answer withLinks(List<String> uris) {
    return new Answer(markdown, data, uris);
  }
}
