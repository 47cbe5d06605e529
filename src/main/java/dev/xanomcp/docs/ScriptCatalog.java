package dev.xanomcp.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The XanoScript topics: metadata from {@code topics/xanoscript/index.json}, Markdown bodies read
 * when first asked for. Finds topics by name or alias, and by the path of the file being edited.
 */
public final class ScriptCatalog {
  /** The topic every file_path answer starts with: the rules all XanoScript code follows. */
  public static final String FOUNDATION = "syntax";

  private static final String QUICK_REFERENCE = "## Quick Reference";

  private final String tool;
  private final List<ScriptTopic> topics;
  private final Map<String, ScriptTopic> byKey = new HashMap<>();
  /** The compiled apply_to globs, made on the first file_path request: start-up needs none. */
  private Map<ScriptTopic, List<PathGlob>> globs;
  private final Map<String, String> bodies = new ConcurrentHashMap<>();

  /** The shape of {@code index.json}: the tool that serves the topics, and the topics. */
  record Index(String tool, List<ScriptTopic> topics) {
    Index {
      Objects.requireNonNull(tool, "tool == null");
      topics = List.copyOf(topics);
    }
  }

  private ScriptCatalog(Index index) {
    this.tool = index.tool();
    this.topics = index.topics();
    for (ScriptTopic topic : topics) {
      register(topic.name(), topic);
    }
    // A name always wins over an alias, and an alias two topics share belongs to the first.
    for (ScriptTopic topic : topics) {
      topic.aliases().forEach(alias -> byKey.putIfAbsent(Names.key(alias), topic));
    }
    if (!byKey.containsKey(FOUNDATION)) {
      throw new IllegalStateException("topics/xanoscript/index.json has no " + FOUNDATION + " topic");
    }
  }

  private void register(String name, ScriptTopic topic) {
    ScriptTopic previous = byKey.put(Names.key(name), topic);
    if (previous != null) {
      throw new IllegalStateException("topics/xanoscript/index.json names " + name + " twice");
    }
  }

  public static ScriptCatalog load(ObjectMapper mapper) {
    String resource = "topics/xanoscript/index.json";
    try {
      return new ScriptCatalog(new IndexReader(resource).xanoscript(new Json(mapper).tree(resource)));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** The name of the tool that serves these topics. */
  public String tool() {
    return tool;
  }

  public List<ScriptTopic> topics() {
    return topics;
  }

  public List<String> names() {
    return topics.stream().map(ScriptTopic::name).toList();
  }

  /** The topic with this name or alias, compared loosely (case, '-' or '_'). */
  public Optional<ScriptTopic> find(String nameOrAlias) {
    return Optional.ofNullable(byKey.get(Names.key(nameOrAlias)));
  }

  /** The topic's Markdown. */
  public String body(ScriptTopic topic) {
    return bodies.computeIfAbsent(topic.name(), name -> Json.text(topic.resource()));
  }

  /** The topic's "Quick Reference" section, heading included, up to the next level-2 heading. */
  public String quickReference(ScriptTopic topic) {
    String body = body(topic);
    int start = body.indexOf("\n" + QUICK_REFERENCE + "\n");
    if (start < 0) {
      throw new IllegalStateException(topic.resource() + " has no \"" + QUICK_REFERENCE + "\" section");
    }
    int end = body.indexOf("\n## ", start + QUICK_REFERENCE.length() + 1);
    return body.substring(start + 1, end < 0 ? body.length() : end + 1);
  }

  /**
   * The topics that help with the file at {@code filePath}, most important first, always starting
   * with the {@link #FOUNDATION}. The path may be absolute or relative, with '/' or '\'; a glob
   * such as {@code api/**}{@code /*.xs} matches wherever the {@code api} folder sits in it.
   */
  public List<ScriptTopic> forFile(String filePath) {
    String[] names = PathGlob.names(filePath);
    List<ScriptTopic> found = new ArrayList<>();
    for (Map.Entry<ScriptTopic, List<PathGlob>> entry : globs().entrySet()) {
      if (entry.getValue().stream().anyMatch(glob -> glob.matchesEnd(names))) {
        found.add(entry.getKey());
      }
    }
    ScriptTopic foundation = byKey.get(FOUNDATION);
    found.remove(foundation);
    found.sort(Comparator.comparing(ScriptTopic::priority));
    found.add(0, foundation);
    return found;
  }

  private synchronized Map<ScriptTopic, List<PathGlob>> globs() {
    if (globs == null) {
      Map<ScriptTopic, List<PathGlob>> compiled = new LinkedHashMap<>();
      for (ScriptTopic topic : topics) {
        compiled.put(topic, topic.applyTo().stream().map(PathGlob::new).toList());
      }
      globs = compiled;
    }
    return globs;
  }
}
