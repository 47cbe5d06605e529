package dev.xanomcp.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topics of one API (Run, Meta or CLI), read from {@code topics/<api>/}. Only the index is read at
 * start-up; a topic file is read and checked the first time it is asked for, then kept.
 */
public final class ApiCatalog {
  private final String folder;
  private final Json json;
  private final ApiIndex index;
  private final Map<String, String> namesByKey = new LinkedHashMap<>();
  private final Map<String, ApiTopic> loaded = new ConcurrentHashMap<>();

  private ApiCatalog(String folder, Json json, ApiIndex index) {
    this.folder = folder;
    this.json = json;
    this.index = index;
    for (String name : index.topicNames()) {
      if (namesByKey.put(Names.key(name), name) != null) {
        throw new IllegalStateException(folder + "index.json lists " + name + " twice");
      }
    }
  }

  /** Reads the index of {@code topics/<api>/} with {@code mapper}, which also reads the topics. */
  public static ApiCatalog load(String api, ObjectMapper mapper) {
    String folder = "topics/" + api + "/";
    Json json = new Json(mapper);
    String resource = folder + "index.json";
    ApiIndex index;
    try {
      index = new IndexReader(resource).api(json.tree(resource));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    if (!index.api().equals(api)) {
      throw new IllegalStateException(folder + "index.json: api is " + index.api() + ", expected " + api);
    }
    return new ApiCatalog(folder, json, index);
  }

  public ApiIndex index() {
    return index;
  }

  public List<String> names() {
    return index.topicNames();
  }

  /** The topic called {@code name}, compared loosely (case, '-' or '_'); empty if there is none. */
  public Optional<ApiTopic> find(String name) {
    String known = namesByKey.get(Names.key(name));
    return known == null ? Optional.empty() : Optional.of(loaded.computeIfAbsent(known, this::read));
  }

  private ApiTopic read(String name) {
    String resource = folder + name + ".json";
    ApiTopic topic = json.read(resource, ApiTopic.class);
    if (!topic.topic().equals(name)) {
      throw new IllegalStateException("cannot read " + resource + ": it holds topic " + topic.topic());
    }
    return topic;
  }
}
