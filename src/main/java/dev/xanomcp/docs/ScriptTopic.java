package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/**
 * The metadata of one XanoScript topic: what it covers, the files it helps with ({@code apply_to}
 * globs), other names for it, how early it comes when several topics match a file (lower priority
 * first), and whether it is a digest: a brief of what other topics explain in full, whose sections
 * the search ranks below those topics' sections.
 */
public record ScriptTopic(
    String name, String title, String description, List<String> applyTo, List<String> aliases, Integer priority, boolean digest) {

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
