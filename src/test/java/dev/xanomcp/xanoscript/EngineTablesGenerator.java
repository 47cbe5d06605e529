package dev.xanomcp.xanoscript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives {@code xanoscript/engine-tables.txt} from the engine's {@code kinds.json} and
 * {@code pipes.json}. Run {@code main} with the folder of those files and the output path; {@link
 * EngineTablesTest} checks that the checked-in resource is what this produces.
 */
public final class EngineTablesGenerator {
  static final String NOTICE = "Copyright (c) xano-sdk/xanoscript contributors, MIT License";

  private EngineTablesGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EngineTablesGenerator ENGINE_DIR OUTPUT_FILE");
      System.exit(2);
    }
    Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
  }

  /** The resource text for the engine tables in {@code engineDir}. */
  static String generate(Path engineDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode kinds = json.readTree(engineDir.resolve("kinds.json").toFile());
    JsonNode pipes = json.readTree(engineDir.resolve("pipes.json").toFile());
    StringBuilder out = new StringBuilder();
    out.append("# XanoScript engine tables, derived by EngineTablesGenerator from kinds.json and pipes.json\n");
    out.append("# of xano-sdk/xanoscript (vendor/xs-engine). Do not edit by hand.\n");
    out.append("notice ").append(NOTICE).append('\n');
    out.append("# kind name args members [var]; args and members are comma lists or '-';\n");
    out.append("# a member is name[?][*]:shape, '?' optional, '*' repeatable. A nested map's keys follow\n");
    out.append("# on lines 'map kind name path members', path dotted for maps inside maps.\n");
    Map<String, JsonNode> schema = new TreeMap<>();
    schema.putAll(fields(kinds.path("schema")));
    for (Map.Entry<String, JsonNode> entry : schema.entrySet()) {
      String key = entry.getKey();
      int slash = key.indexOf('/');
      String category = key.substring(0, slash);
      String name = key.substring(slash + 1);
      JsonNode spec = entry.getValue();
      switch (category) {
        case "core" -> line(out, "construct", name, spec);
        case "component" -> line(out, "component", name, spec);
        case "datatype" -> out.append("datatype ").append(name).append(' ').append(members(spec)).append('\n');
        case "statement" -> line(out, "statement", name.substring(name.indexOf('|') + 1), spec);
        case "expect" -> line(out, "expect", name.substring(name.indexOf('|') + 1), spec);
        default -> { } // test/ entries are engine internals, not syntax
      }
    }
    filters(out, "pipe", pipes.path("pipe"));
    filters(out, "dbfilter", pipes.path("filter"));
    filters(out, "aggregate", pipes.path("aggregate"));
    return out.toString();
  }

  private static void line(StringBuilder out, String kind, String name, JsonNode spec) {
    out.append(kind).append(' ').append(name).append(' ').append(args(spec)).append(' ').append(members(spec));
    if (spec.path("argNameIsVar").asBoolean(false)) {
      out.append(" var");
    }
    out.append('\n');
    maps(out, kind, name, "", spec.path("blocks"));
  }

  /** A line for each nested map among {@code blocks} (and the maps inside those), with its keys. */
  private static void maps(StringBuilder out, String kind, String name, String prefix, JsonNode blocks) {
    if (blocks.has("$tag")) {
      return;
    }
    for (Map.Entry<String, JsonNode> block : fields(blocks).entrySet()) {
      JsonNode value = block.getValue();
      if (shape(value).equals("map")) {
        String path = prefix + block.getKey().replaceAll("[\\[\\]?].*$", "");
        out.append("map ").append(kind).append(' ').append(name).append(' ').append(path).append(' ').append(members(value, List.of()))
            .append('\n');
        maps(out, kind, name, path + ".", value);
      }
    }
  }

  private static void filters(StringBuilder out, String kind, JsonNode names) {
    Map<String, String> byName = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : fields(names).entrySet()) {
      byName.put(entry.getValue().asText(), entry.getKey());
    }
    byName.forEach((name, engine) -> out.append(kind).append(' ').append(name).append(' ').append(engine).append('\n'));
  }

  private static String args(JsonNode spec) {
    List<String> names = new ArrayList<>(fields(spec.path("args")).keySet());
    return names.isEmpty() ? "-" : String.join(",", names);
  }

  private static String members(JsonNode spec) {
    JsonNode blocks = spec.path("blocks");
    if (blocks.has("$tag")) {
      return "@" + (blocks.path("$value").toString().contains("statement") ? "stack" : "fields");
    }
    List<String> repeating = new ArrayList<>();
    spec.path("repeating_blocks").forEach(n -> repeating.add(n.asText()));
    return members(blocks, repeating);
  }

  private static String members(JsonNode blocks, List<String> repeating) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> block : fields(blocks).entrySet()) {
      String raw = block.getKey();
      boolean optional = raw.contains("?");
      boolean repeat = raw.contains("[]");
      String name = raw.replaceAll("[\\[\\]?].*$", "").replace("[]", "");
      if (repeating.contains(name)) {
        repeat = true;
      }
      out.add(name + (optional ? "?" : "") + (repeat ? "*" : "") + ":" + shape(block.getValue()));
    }
    return out.isEmpty() ? "-" : String.join(",", out);
  }

  /** What a member holds: a block of statements, of fields, a nested map, or a value. */
  private static String shape(JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      return switch (text) {
        case "schema:stack", "schema:ifstack", "schema:elseifstack", "schema:elsestack", "schema:eachstack",
            "schema:casestack" -> "stack";
        case "schema:input", "schema:output", "schema:schema" -> "fields";
        case "schema:test" -> "test";
        default -> text.startsWith("schema:") ? "block" : "value";
      };
    }
    if (value.isObject() && !value.has("$tag")) {
      return "map";
    }
    return "value";
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> out = new TreeMap<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }
}
