package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/**
 * The metadata of one XanoScript topic: what it covers, the files it helps with ({@code apply_to}
 * globs), other names for it, and how early it comes when several topics match a file (lower
 * priority first).
 */
public record ScriptTopic(
    String name, String title, String description, List<String> applyTo, List<String> aliases, Integer priority) {

  public ScriptTopic {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    applyTo = Lists.copy(applyTo);
    aliases = Lists.copy(aliases);
    if (!applyTo.isEmpty() && priority == null) {
      throw new IllegalArgumentException(name + ": a topic with apply_to needs a priority");
    }
  }

  /** The resource holding the topic's Markdown. */
  String resource() {
    return "topics/xanoscript/" + name + ".md";
  }
}
