package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xanomcp.Reference;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Budget;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command of the CLI reference ({@code upstream/cli/*.ts}) is in our topic of the same name,
 * and its full answer shows every argument and every flag with the reference's facts: name, short
 * form, type, default and whether it is required. The answer fits the largest token budget a
 * caller can ask for, so that lifting {@code max_tokens} always gives all of it. The reference lives
 * outside this repository: see {@link Reference}.
 */
class CliReferenceCoverageTest {
  /** Reads the topic objects of the TypeScript files: JavaScript literals, close to JSON5. */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  @Test
  void everyCommandAndFlagOfTheReferenceIsInTheFullAnswer() throws IOException {
    Path folder = Reference.require("upstream/cli");
    ApiCatalog cli = ApiCatalog.load("cli", new ObjectMapper());
    List<String> missing = new ArrayList<>();
    Map<String, int[]> counts = new HashMap<>();
    List<String> topics = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ts")).sorted().toList()) {
        topic(file).ifPresent(ref -> {
          String name = ref.path("topic").asText();
          topics.add(name);
          counts.put(name, new int[] {ref.path("commands").size(), flags(ref)});
          cli.find(name).ifPresentOrElse(ours -> compare(cli.index(), ref, ours, missing), () -> missing.add(name + ": no such topic"));
        });
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(15, topics.size(), "topics read: " + topics);
    // The brief's figures for the largest topic: a reader that lost commands or flags fails here.
    assertEquals(37, counts.get("tenant")[0]);
    assertEquals(141, counts.get("tenant")[1]);
  }

  private static int flags(JsonNode ref) {
    int n = 0;
    for (JsonNode c : ref.path("commands")) {
      n += c.path("flags").size();
    }
    return n;
  }

  private static void compare(ApiIndex index, JsonNode ref, ApiTopic ours, List<String> missing) {
    String topic = ours.topic();
    String full = ApiRenderer.render(index, ours, Detail.FULL, true, Call.MCP);
    if (!Budget.cut(full, Sections.of(full), Budget.bytes(Budget.MAX_TOKENS)).whole()) {
      missing.add(topic + ": the full answer is cut even at max_tokens " + Budget.MAX_TOKENS);
    }
    List<Section> sections = Sections.of(full);
    Map<String, Command> commands = new HashMap<>();
    ours.commands().forEach(c -> commands.put(c.name(), c));
    for (JsonNode rc : ref.path("commands")) {
      String name = rc.path("name").asText();
      Command c = commands.remove(name);
      Optional<Section> section = sections.stream().filter(s -> s.level() == 3 && s.title().equals(name)).findFirst();
      if (c == null || section.isEmpty()) {
        missing.add(topic + ": command " + name);
        continue;
      }
      String text = section.get().text(full);
      String where = topic + ": " + name;
      for (JsonNode ra : rc.path("args")) {
        String arg = ra.path("name").asText();
        boolean required = ra.path("required").asBoolean();
        if (c.args().stream().noneMatch(a -> a.name().equals(arg) && a.required() == required)) {
          missing.add(where + " argument " + arg + (required ? " (required)" : ""));
        }
        if (!text.contains("\n- `<" + arg + ">`" + (required ? " (required):" : ":"))) {
          missing.add(where + " argument " + arg + " is not shown as the reference has it");
        }
      }
      if (c.args().size() != rc.path("args").size()) {
        missing.add(where + " has another number of arguments than the reference");
      }
      for (JsonNode rf : rc.path("flags")) {
        flag(where, rf, c, text, missing);
      }
      if (c.flags().size() != rc.path("flags").size()) {
        missing.add(where + " has another number of flags than the reference");
      }
    }
    commands.keySet().forEach(k -> missing.add(topic + ": command " + k + " is not in the reference"));
    if (ours.patterns().size() < ref.path("workflows").size()) {
      missing.add(topic + ": fewer workflows than the reference");
    }
  }

  /** The flag's record has the reference's facts, and its line in the answer shows them. */
  private static void flag(String where, JsonNode rf, Command c, String text, List<String> missing) {
    String name = rf.path("name").asText();
    String shortName = rf.hasNonNull("short") ? rf.path("short").asText() : null;
    String type = rf.path("type").asText();
    String defaultValue = rf.hasNonNull("default") ? rf.path("default").asText() : null;
    boolean required = rf.path("required").asBoolean();
    Flag ours = c.flags().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    if (ours == null) {
      missing.add(where + " flag --" + name);
      return;
    }
    if (!java.util.Objects.equals(shortName, ours.shortName()) || !type.equals(ours.type()) || !java.util.Objects.equals(defaultValue, ours.defaultValue())
        || required != ours.required()) {
      missing.add(where + " flag --" + name + " differs from the reference");
    }
    List<String> facts = new ArrayList<>(List.of(type));
    if (required) {
      facts.add("required");
    }
    if (defaultValue != null) {
      facts.add("default `" + defaultValue + "`");
    }
    String line = "\n- `--" + name + "`" + (shortName == null ? "" : ", `-" + shortName + "`") + " (" + String.join(", ", facts) + "): ";
    if (!text.contains(line)) {
      missing.add(where + " flag --" + name + " is not shown as" + line.replace("\n", " "));
    }
  }

  /** The topic object of a reference file, or nothing for a file without one (types, index). */
  private static Optional<JsonNode> topic(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    int declaration = source.indexOf(": TopicDoc = {");
    if (declaration < 0) {
      return Optional.empty();
    }
    return Optional.of(LENIENT.readTree(withoutTemplates(source.substring(source.indexOf('{', declaration)))));
  }

  /**
   * The source with every template literal (`...`, the long descriptions) made an empty string,
   * which JSON5 readers do not know; quotes inside strings and comments are left alone.
   */
  static String withoutTemplates(String source) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = close(source, i, c);
        out.append(source, i, end + 1);
        i = end;
      } else if (c == '`') {
        i = close(source, i, '`');
        out.append("\"\"");
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = (end < 0 ? source.length() : end) - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The index of the quote that closes the string opened at {@code start}. */
  private static int close(String source, int start, char quote) {
    for (int i = start + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    throw new IllegalStateException("unclosed " + quote + " string at " + start);
  }

  @Test
  void templateLiteralsBecomeEmptyStringsAndQuotedBackticksStay() {
    assertEquals("{a: \"\", b: \"x `y` z\", c: 'it\\'s'} \n", withoutTemplates("{a: `long\n${x} \\` text`, b: \"x `y` z\", c: 'it\\'s'} // note `q`\n"));
    assertTrue(withoutTemplates("// only a comment\n").isBlank());
  }
}
