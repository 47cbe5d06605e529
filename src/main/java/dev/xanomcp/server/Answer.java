package dev.xanomcp.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tool's answer: the Markdown the model reads and the tool's own fields, which together make
 * the {@code structuredContent} (see {@link DocTool}).
 */
public record Answer(String markdown, Map<String, Object> fields) {
  /** The field of {@code structuredContent} that holds the Markdown. */
  public static final String MARKDOWN = "markdown";

  public Answer {
    Objects.requireNonNull(markdown, "markdown == null");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
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
    return new Answer(markdown, fields);
  }

  /** The {@code structuredContent}: the Markdown first, then the fields. */
  public Map<String, Object> structured() {
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put(MARKDOWN, markdown);
    structured.putAll(fields);
    return structured;
  }
}
