package dev.xanomcp.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** One documentation topic of an API: endpoints for the Run and Meta APIs, commands for the CLI. */
public record ApiTopic(
    String topic,
    String title,
    String summary,
    String description,
    @JsonProperty("ai_hints") List<String> aiHints,
    List<Endpoint> endpoints,
    List<Command> commands,
    List<Example> examples,
    List<Pattern> patterns,
    List<Schema> schemas,
    @JsonProperty("related_topics") List<String> relatedTopics) {

  public ApiTopic {
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(summary, "summary == null");
    aiHints = Lists.copy(aiHints);
    endpoints = Lists.copy(endpoints);
    commands = Lists.copy(commands);
    examples = Lists.copy(examples);
    patterns = Lists.copy(patterns);
    schemas = Lists.copy(schemas);
    relatedTopics = Lists.copy(relatedTopics);
  }
}
