package dev.xanomcp.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tool's answer: the Markdown the model reads and the tool's own fields, which together make
 * the {@code structuredContent} (see {@link DocTool}), and the URIs of the resources it names,
 * sent as {@code resource_link} blocks so that a client can offer them.
 */
public record Answer(String markdown, Map<String, Object> fields, List<String> links) {
  /** The field of {@code structuredContent} that holds the Markdown. */
  public static final String MARKDOWN = "markdown";

  public Answer {
    Objects.requireNonNull(markdown, "markdown == null");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    links = List.copyOf(links);
    if (fields.containsKey(MARKDOWN)) {
      throw new IllegalArgumentException("fields may not hold " + MARKDOWN);
    }
  }

  /** An answer with fields given as name, value, name, value...: kept in that order. */
  public static Answer of(String markdown, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values do not pair up");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Answer(markdown, fields, List.of());
  }

  /** This answer with links to the resources at {@code uris}. */
  public Answer withLinks(List<String> uris) {
    return new Answer(markdown, fields, uris);
  }

  /** The {@code structuredContent}: the Markdown first, then the fields. */
  public Map<String, Object> structured() {
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put(MARKDOWN, markdown);
    structured.putAll(fields);
    return structured;
  }
}
