package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The index of one documented API: where its requests go and which topics it has, in order. An
 * HTTP API has a base URL and an auth header; a command-line tool (the CLI) has neither, and its
 * topics document commands instead of endpoints and schemas.
 */
public record ApiIndex(
    String api,
    String tool,
    String title,
    String description,
    String instruction,
    String baseUrl,
    String baseUrlNote,
    String authHeader,
    List<Entry> topics) {

  public ApiIndex {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(tool, "tool == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(instruction, "instruction == null");
    if ((baseUrl == null) != (authHeader == null) || baseUrl == null && baseUrlNote != null) {
      throw new IllegalArgumentException("base_url and auth_header come together; base_url_note needs base_url");
    }
    topics = List.copyOf(Objects.requireNonNull(topics, "topics == null"));
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("topics is empty");
    }
  }

  /** One topic line of the index: its name and a few words on what it covers. */
  public record Entry(String name, String about) {
    public Entry {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(about, "about == null");
    }
  }

  /** Whether requests go over HTTP to {@link #baseUrl}; false for a command-line tool. */
  public boolean http() {
    return baseUrl != null;
  }

  /** The URI scheme of the API's resources: {@code run-api} for the Run API, {@code cli} for the CLI. */
  public String scheme() {
    return http() ? api + "-api" : api;
  }

  public List<String> topicNames() {
    return topics.stream().map(Entry::name).toList();
  }

  public Optional<Entry> entry(String name) {
    return topics.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
