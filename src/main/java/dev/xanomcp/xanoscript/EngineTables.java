package dev.xanomcp.xanoscript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The engine's tables of constructs, statements, components, datatypes, assertions and filters,
 * read from the checked-in resource {@code xanoscript/engine-tables.txt} (derived from the Xano
 * engine data published by xano-sdk/xanoscript; MIT License, notice kept in the resource).
 */
final class EngineTables {
  static final String RESOURCE = "xanoscript/engine-tables.txt";

  private final Map<String, Map<String, Spec>> specs = new TreeMap<>();
  private final Map<String, Map<String, String>> filters = new TreeMap<>();
  private final Map<String, List<String>> names = new java.util.concurrent.ConcurrentHashMap<>();
  /** The keys of nested maps, by "kind owner path" ({@code "construct agent llm"}). */
  private final Map<String, Spec> maps = new HashMap<>();
  /** Engine names of filters to the XanoScript name written instead, where the two differ. */
  private final Map<String, String> renames = new HashMap<>();
  private String notice = "";

  private EngineTables() {}

  /** The tables of the resource on the class path; a missing or broken resource throws. */
  static EngineTables load() {
    try (InputStream in = EngineTables.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static EngineTables parse(BufferedReader reader) throws IOException {
    EngineTables tables = new EngineTables();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" ");
      try {
        tables.add(parts, line);
      } catch (RuntimeException e) {
        throw new IllegalStateException(RESOURCE + ":" + number + ": cannot read '" + line + "'", e);
      }
    }
    if (tables.notice.isEmpty() || tables.specs.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": no notice or no tables");
    }
    Set<String> expression = new HashSet<>(tables.filters("pipe").keySet());
    expression.addAll(EXPRESSION_FORMS);
    tables.expressionFilters = Set.copyOf(expression);
    Set<String> query = new HashSet<>(expression);
    query.addAll(tables.filters("dbfilter").keySet());
    query.addAll(tables.filters("aggregate").keySet());
    tables.queryFilters = Set.copyOf(query);
    for (String list : List.of("pipe", "dbfilter")) {
      tables.filters(list).forEach((name, engineName) -> {
        if (!name.equals(engineName)) {
          tables.renames.putIfAbsent(engineName, name);
        }
      });
    }
    return tables;
  }

  private void add(String[] parts, String line) {
    String kind = parts[0];
    switch (kind) {
      case "notice" -> notice = line.substring("notice ".length());
      case "pipe", "dbfilter", "aggregate" -> filters.computeIfAbsent(kind, k -> new TreeMap<>()).put(parts[1], parts[2]);
      case "datatype" -> put(new Spec(kind, parts[1], List.of(), members(parts[2]), body(parts[2]), false));
      case "map" -> maps.put(parts[1] + " " + parts[2] + " " + parts[3], new Spec(kind, parts[3], List.of(), members(parts[4]), Shape.MAP, false));
      case "construct", "statement", "component", "expect" -> {
        List<String> args = parts[2].equals("-") ? List.of() : Arrays.asList(parts[2].split(","));
        boolean isVar = parts.length > 4 && parts[4].equals("var");
        put(new Spec(kind, parts[1], args, members(parts[3]), body(parts[3]), isVar));
      }
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  private void put(Spec spec) {
    specs.computeIfAbsent(spec.kind(), k -> new TreeMap<>()).put(spec.name(), spec);
  }

  private static Map<String, MemberSpec> members(String text) {
    Map<String, MemberSpec> out = new LinkedHashMap<>();
    if (!text.equals("-") && !text.startsWith("@")) {
      for (String member : text.split(",")) {
        MemberSpec spec = MemberSpec.parse(member);
        out.put(spec.name(), spec);
      }
    }
    return out;
  }

  private static Shape body(String text) {
    return switch (text) {
      case "@stack" -> Shape.STACK;
      case "@fields" -> Shape.FIELDS;
      default -> Shape.MAP;
    };
  }

  String notice() {
    return notice;
  }

  /** Specs of one kind ("construct", "statement", "component", "datatype", "expect") by name. */
  Map<String, Spec> all(String kind) {
    return Collections.unmodifiableMap(specs.getOrDefault(kind, Map.of()));
  }

  Spec construct(String name) {
    return all("construct").get(name);
  }

  Spec statement(String name) {
    return all("statement").get(name);
  }

  Spec datatype(String name) {
    return all("datatype").get(name);
  }

  /**
   * The keys of the nested map {@code path} (dotted for a map inside a map) of the construct or
   * statement {@code owner} ({@code kind} "construct" or "statement"), or null.
   */
  Spec map(String kind, String owner, String path) {
    return maps.get(kind + " " + owner + " " + path);
  }

  /** XanoScript filter names of one list ("pipe", "dbfilter", "aggregate") to their engine names. */
  Map<String, String> filters(String list) {
    return Collections.unmodifiableMap(filters.getOrDefault(list, Map.of()));
  }

  /** The XanoScript name of an engine filter name that is written differently, if any. */
  String renamed(String engineName) {
    return renames.get(engineName);
  }

  /** The array filters whose {@code $$} expression forms the tables list only as {@code lambda_*}. */
  private static final Set<String> EXPRESSION_FORMS = Set.of("map", "filter", "find", "findIndex", "some", "every", "reduce");

  private Set<String> expressionFilters = Set.of();
  private Set<String> queryFilters = Set.of();

  /** The filters of expressions: the tables' pipes and the {@code $$} forms of the array filters. */
  Set<String> expressionFilters() {
    return expressionFilters;
  }

  /** The filters of a where or eval clause: those of expressions, the database filters and the aggregates. */
  Set<String> queryFilters() {
    return queryFilters;
  }

  /** The names of one kind, in order. */
  List<String> names(String kind) {
    return names.computeIfAbsent(kind, k -> List.copyOf(all(k).keySet()));
  }
}
