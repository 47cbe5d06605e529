package dev.xanomcp.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the two kinds of index file into their records from a JSON tree, as strictly as the
 * databind reader of the topic files (an unknown key or a wrong type is an error), but without
 * databind's introspection of the records: the indexes are read at start-up, where that
 * introspection cost some 40 ms (bench/startup), while topic files are read later, when asked for.
 */
final class IndexReader {
  private final String resource;

  IndexReader(String resource) {
    this.resource = resource;
  }

  ApiIndex api(JsonNode root) {
    Node index = new Node(root, "", Set.of("api", "tool", "title", "description", "instruction", "base_url", "base_url_note", "auth_header", "topics"));
    List<ApiIndex.Entry> topics = new ArrayList<>();
    for (Node entry : index.objects("topics", Set.of("name", "about"))) {
      topics.add(new ApiIndex.Entry(entry.text("name"), entry.text("about")));
    }
    return new ApiIndex(index.text("api"), index.text("tool"), index.text("title"), index.text("description"), index.text("instruction"),
        index.text("base_url"), index.text("base_url_note"), index.text("auth_header"), topics);
  }

  ScriptCatalog.Index xanoscript(JsonNode root) {
    Node index = new Node(root, "", Set.of("tool", "topics"));
    List<ScriptTopic> topics = new ArrayList<>();
    for (Node topic : index.objects("topics", Set.of("name", "title", "description", "apply_to", "aliases", "priority", "digest"))) {
      topics.add(new ScriptTopic(topic.text("name"), topic.text("title"), topic.text("description"), topic.texts("apply_to"), topic.texts("aliases"),
          topic.integer("priority"), topic.flag("digest")));
    }
    return new ScriptCatalog.Index(index.text("tool"), topics);
  }

  /** One JSON object of the file, whose keys must be among {@code keys}. */
  private final class Node {
    private final JsonNode node;
    private final String path;

    Node(JsonNode node, String path, Set<String> keys) {
      this.node = node;
      this.path = path;
      if (!node.isObject()) {
        throw fail(path + " is not an object");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!keys.contains(name)) {
          throw fail("unknown key " + path + "/" + name);
        }
      }
    }

    String text(String key) {
      JsonNode value = scalar(key, JsonNode::isTextual, "a string");
      return value == null ? null : value.textValue();
    }

    Integer integer(String key) {
      JsonNode value = scalar(key, JsonNode::isInt, "a whole number");
      return value == null ? null : value.intValue();
    }

    /** The value of {@code key}: true or false, false when absent. */
    boolean flag(String key) {
      JsonNode value = scalar(key, JsonNode::isBoolean, "true or false");
      return value != null && value.booleanValue();
    }

    /** The value of {@code key}, null when absent or null; an error when it is not {@code what}. */
    private JsonNode scalar(String key, Predicate<JsonNode> is, String what) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!is.test(value)) {
        throw fail(path + "/" + key + " is not " + what);
      }
      return value;
    }

    List<String> texts(String key) {
      List<String> texts = new ArrayList<>();
      for (JsonNode item : array(key)) {
        if (!item.isTextual()) {
          throw fail(path + "/" + key + " holds something other than strings");
        }
        texts.add(item.textValue());
      }
      return texts;
    }

    List<Node> objects(String key, Set<String> keys) {
      List<Node> objects = new ArrayList<>();
      JsonNode array = array(key);
      for (int i = 0; i < array.size(); i++) {
        objects.add(new Node(array.get(i), path + "/" + key + "/" + i, keys));
      }
      return objects;
    }

    private JsonNode array(String key) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return JsonNodeFactory.instance.arrayNode();
      }
      if (!value.isArray()) {
        throw fail(path + "/" + key + " is not an array");
      }
      return value;
    }
  }

  private IllegalStateException fail(String what) {
    return new IllegalStateException("cannot read " + resource + ": " + what);
  }
}
