package dev.xanomcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.Names;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.tools.Param;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult.CompleteCompletion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code completion/complete}: values for the {@code {topic}} of each resource template and for
 * the prompt arguments that name a topic or a file. Matches by prefix, then by alias, then (from
 * three letters on) by part of the name, at most {@value #MAX} values. A reference or argument it does not know gets
 * an empty list, as the spec asks, not an error.
 */
final class Completions {
  static final int MAX = 100;

  /** The values of each (reference, argument), with the aliases that lead to each value. */
  private final Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();

  Completions(Library library) {
    for (ApiCatalog api : library.apis()) {
      Map<String, List<String>> topics = new LinkedHashMap<>();
      api.names().forEach(name -> topics.put(name, List.of()));
      values.put(DocResources.template(api.index().scheme()) + " topic", topics);
      if (api.index().api().equals("meta")) {
        values.put(Prompts.CALL_META_API + " topic", topics);
      }
    }
    Map<String, List<String>> scripts = new LinkedHashMap<>();
    Set<String> folders = new LinkedHashSet<>();
    for (ScriptTopic topic : library.xanoscript().topics()) {
      scripts.put(topic.name(), topic.aliases());
      for (String glob : topic.applyTo()) {
        String folder = glob.replaceAll("[*{].*$", "");
        if (!folder.isEmpty()) {
          folders.add(folder);
        }
      }
    }
    values.put(DocResources.template("xanoscript") + " topic", scripts);
    Map<String, List<String>> paths = new LinkedHashMap<>();
    folders.forEach(folder -> paths.put(folder, List.of()));
    values.put(Prompts.WRITE_XANOSCRIPT + " file_path", paths);
  }

  /**
   * The answer to {@code completion/complete}, whose params the transport has checked: a
   * {@code ref} of type {@code ref/prompt} (with {@code name}) or {@code ref/resource} (with
   * {@code uri}), and an {@code argument} with {@code name} and {@code value}.
   */
  CompleteResult complete(JsonNode params) {
    JsonNode ref = params.path("ref");
    String reference = ref.path(ref.path("type").asText().equals("ref/prompt") ? "name" : "uri").asText("");
    JsonNode argument = params.path("argument");
    return complete(reference, argument.path("name").asText(""), argument.path("value").asText(""));
  }

  /** The values for {@code value} typed so far into {@code argument} of {@code reference}. */
  CompleteResult complete(String reference, String argument, String value) {
    // Nothing completes a value longer than the longest one there is.
    Map<String, List<String>> known = value.length() > Param.NAME_CAP ? Map.of() : values.getOrDefault(reference + " " + argument, Map.of());
    String typed = Names.key(value);
    List<String> found = new ArrayList<>();
    known.keySet().stream().filter(name -> Names.key(name).startsWith(typed)).forEach(found::add);
    known.forEach((name, aliases) -> {
      if (aliases.stream().anyMatch(alias -> Names.key(alias).startsWith(typed)) && !found.contains(name)) {
        found.add(name);
      }
    });
    if (typed.length() >= 3) {
      known.keySet().stream().filter(name -> Names.key(name).contains(typed) && !found.contains(name)).forEach(found::add);
    }
    List<String> shown = found.size() > MAX ? found.subList(0, MAX) : found;
    return new CompleteResult(new CompleteCompletion(List.copyOf(shown), found.size(), found.size() > MAX));
  }
}
