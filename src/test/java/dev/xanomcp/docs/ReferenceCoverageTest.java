package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xanomcp.Reference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fact of the upstream reference data is in our topics: endpoints, parameters (type,
 * location, required, default, enum), request-body properties, schema fields and their enum
 * values, and at least as many examples and workflows. The reference lives outside this
 * repository: see {@link Reference}.
 */
class ReferenceCoverageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"run", "meta"})
  void everyReferenceFactIsCovered(String api) throws IOException {
    Path file = Reference.require("upstream/" + api + "-api-topics.json");
    ApiCatalog catalog = ApiCatalog.load(api, new ObjectMapper());
    List<String> missing = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (JsonNode ref : JSON.readTree(file.toFile()).path("topics")) {
      String name = ref.path("topic").asText();
      order.add(name);
      catalog.find(name).ifPresentOrElse(ours -> compare(name, ref, ours, missing), () -> missing.add(name + ": no such topic"));
    }
    assertEquals(order, catalog.names(), "topic order");
    assertEquals(List.of(), missing);
  }

  /**
   * Every filter, statement and construct that the upstream XanoScript index assigns to a file is
   * named in our topic of that file.
   */
  @Test
  void everyXanoscriptFilterStatementAndConstructIsNamed() throws IOException {
    Path file = Reference.require("upstream/xanoscript/docs_index.json");
    ScriptCatalog catalog = ScriptCatalog.load(new ObjectMapper());
    JsonNode index = JSON.readTree(file.toFile());
    List<String> missing = new ArrayList<>();
    for (String section : List.of("filters", "operations", "constructs")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = index.path(section).properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String fileName = entry.getValue().path("file").asText();
        String topic = fileName.equals("README.md") ? "readme" : fileName.substring(0, fileName.length() - ".md".length());
        String body = catalog.body(catalog.find(topic).orElseThrow());
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(entry.getKey()) + "(?!\\w)");
        if (!word.matcher(body).find()) {
          missing.add(section + " " + entry.getKey() + " in " + topic);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static void compare(String topic, JsonNode ref, ApiTopic ours, List<String> missing) {
    Map<String, Endpoint> endpoints = new HashMap<>();
    ours.endpoints().forEach(e -> endpoints.put(e.method() + " " + e.path(), e));
    for (JsonNode re : ref.path("endpoints")) {
      String key = re.path("method").asText() + " " + re.path("path").asText();
      Endpoint e = endpoints.remove(key);
      if (e == null) {
        missing.add(topic + ": endpoint " + key);
        continue;
      }
      for (JsonNode rp : re.path("parameters")) {
        parameter(topic + ": " + key, rp, e, missing);
      }
      JsonNode body = re.path("request_body");
      if (!body.isMissingNode()) {
        if (e.requestBody() == null) {
          missing.add(topic + ": " + key + " request body");
        } else {
          fields(topic + ": " + key + " body", body.path("properties"), e.requestBody().properties(), missing);
        }
      }
      if (re.has("response")) {
        fields(topic + ": " + key + " response", re.at("/response/properties"), e.response() == null ? List.of() : e.response().properties(), missing);
      }
      if (re.has("example") && e.example() == null) {
        missing.add(topic + ": " + key + " example");
      }
    }
    endpoints.keySet().forEach(k -> missing.add(topic + ": endpoint " + k + " is not in the reference"));
    Map<String, Schema> schemas = new HashMap<>();
    ours.schemas().forEach(s -> schemas.put(s.name(), s));
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.path("schemas").properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> rs = it.next();
      Schema s = schemas.get(rs.getKey());
      if (s == null) {
        missing.add(topic + ": schema " + rs.getKey());
        continue;
      }
      JsonNode properties = rs.getValue().has("properties") ? rs.getValue().path("properties") : rs.getValue();
      fields(topic + ": schema " + rs.getKey(), properties, s.properties(), missing);
    }
    if (ours.examples().size() < ref.path("examples").size()) {
      missing.add(topic + ": fewer examples than the reference");
    }
    if (ours.patterns().size() < ref.path("patterns").size()) {
      missing.add(topic + ": fewer workflows than the reference");
    }
  }

  /** A parameter without a location in the reference may be a query parameter or a body property. */
  private static void parameter(String where, JsonNode rp, Endpoint e, List<String> missing) {
    String name = rp.path("name").asText();
    Parameter p = e.parameters().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    if (p == null) {
      Field f = e.requestBody() == null ? null : e.requestBody().properties().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (f == null || rp.has("in")) {
        missing.add(where + " parameter " + name);
      } else if (rp.path("required").asBoolean() && !f.required()) {
        missing.add(where + " parameter " + name + " is required");
      }
      return;
    }
    if (!p.type().equals(rp.path("type").asText())) {
      missing.add(where + " parameter " + name + " has type " + p.type() + ", reference " + rp.path("type").asText());
    }
    if (rp.has("in") && !p.location().equals(rp.path("in").asText())) {
      missing.add(where + " parameter " + name + " is in " + p.location());
    }
    if (rp.path("required").asBoolean() != p.required()) {
      missing.add(where + " parameter " + name + " required differs");
    }
    if (rp.has("default") && !Objects.equals(rp.get("default"), p.defaultValue())) {
      missing.add(where + " parameter " + name + " default differs");
    }
    for (JsonNode value : rp.path("enum")) {
      if (!p.allowed().contains(value.asText())) {
        missing.add(where + " parameter " + name + " enum value " + value.asText());
      }
    }
  }

  private static void fields(String where, JsonNode reference, List<Field> ours, List<String> missing) {
    for (Iterator<Map.Entry<String, JsonNode>> it = reference.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> rf = it.next();
      String name = rf.getKey();
      JsonNode spec = rf.getValue();
      Field f = ours.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (f == null) {
        missing.add(where + " field " + name);
        continue;
      }
      if (spec.isTextual()) {
        if (!spec.asText().equals(f.example())) {
          missing.add(where + " field " + name + " value " + spec.asText());
        }
        continue;
      }
      for (JsonNode value : spec.isArray() ? spec : spec.path("enum")) {
        if (!f.allowed().contains(value.asText())) {
          missing.add(where + " field " + name + " enum value " + value.asText());
        }
      }
      if (spec.path("required").asBoolean() && !f.required()) {
        missing.add(where + " field " + name + " is required");
      }
      for (String nested : List.of("/properties", "/items/properties", "/additionalProperties/properties")) {
        if (!spec.at(nested).isMissingNode()) {
          fields(where + "." + name, spec.at(nested), f.properties(), missing);
        }
      }
    }
  }
}
