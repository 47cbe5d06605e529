package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Run API, Meta API and CLI topic files: complete, consistent and free of empty text. */
class ApiTopicDataTest {
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\w+)}");

  static Stream<ApiTopic> topics() {
    return Stream.of("run", "meta", "cli").map(api -> ApiCatalog.load(api, new ObjectMapper())).flatMap(c -> c.names().stream().map(n -> c.find(n).orElseThrow()));
  }

  static Stream<ApiTopic> cliTopics() {
    ApiCatalog cli = ApiCatalog.load("cli", new ObjectMapper());
    return cli.names().stream().map(n -> cli.find(n).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "meta", "cli"})
  void indexAndFilesAgreeBothWays(String api) throws IOException, URISyntaxException {
    Path folder = Path.of(ApiCatalog.class.getClassLoader().getResource("topics/" + api).toURI());
    Set<String> files = new HashSet<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.json")).forEach(files::add);
    }
    Set<String> listed = new HashSet<>();
    ApiCatalog.load(api, new ObjectMapper()).names().forEach(n -> listed.add(n + ".json"));
    assertEquals(listed, files);
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "meta", "cli"})
  void relatedTopicsExist(String api) {
    ApiCatalog catalog = ApiCatalog.load(api, new ObjectMapper());
    for (String name : catalog.names()) {
      for (String related : catalog.find(name).orElseThrow().relatedTopics()) {
        assertTrue(catalog.names().contains(related), name + " names unknown related topic " + related);
        assertFalse(related.equals(name), name + " names itself as related");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void pathPlaceholdersAndPathParametersMatch(ApiTopic topic) {
    for (Endpoint e : topic.endpoints()) {
      assertTrue(e.path().startsWith("/"), e.path());
      Set<String> placeholders = new HashSet<>();
      Matcher m = PLACEHOLDER.matcher(e.path());
      while (m.find()) {
        placeholders.add(m.group(1));
      }
      Set<String> pathParameters = new HashSet<>();
      e.parameters().stream().filter(p -> p.location().equals("path")).forEach(p -> pathParameters.add(p.name()));
      assertEquals(placeholders, pathParameters, e.method() + " " + e.path());
      e.parameters().stream().filter(p -> p.location().equals("path")).forEach(p -> assertTrue(p.required(), p.name() + " in " + e.path()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void noTextIsEmpty(ApiTopic topic) {
    List<String> texts = new ArrayList<>(List.of(topic.title(), topic.summary()));
    texts.addAll(topic.aiHints());
    for (Endpoint e : topic.endpoints()) {
      texts.add(e.summary());
      e.parameters().forEach(p -> texts.add(p.description()));
      if (e.requestBody() != null) {
        fieldTexts(e.requestBody().properties(), texts);
      }
    }
    for (Pattern p : topic.patterns()) {
      texts.add(p.description());
      texts.addAll(p.steps());
    }
    topic.schemas().forEach(s -> fieldTexts(s.properties(), texts));
    for (Command c : topic.commands()) {
      texts.add(c.summary());
      texts.add(c.usage());
      c.args().forEach(a -> texts.add(a.description()));
      c.flags().forEach(f -> texts.add(f.description()));
    }
    for (String text : texts) {
      assertFalse(text == null || text.isBlank(), topic.topic() + " has an empty text");
    }
  }

  private static void fieldTexts(List<Field> fields, List<String> texts) {
    for (Field f : fields) {
      if (f.description() != null) {
        texts.add(f.description());
      }
      if (f.type() == null) {
        assertTrue(!f.allowed().isEmpty() || f.example() != null, f.name() + " has neither a type nor values");
      }
      fieldTexts(f.properties(), texts);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void endpointSummariesAreOneLineAndStepsAreUnnumbered(ApiTopic topic) {
    topic.endpoints().forEach(e -> assertFalse(e.summary().contains("\n"), e.path()));
    topic.patterns().forEach(p -> p.steps().forEach(s -> assertFalse(s.matches("\\s*\\d+[.)].*"), s)));
  }

  /**
   * A CLI topic documents commands, nothing of an HTTP API; every command has one example, a usage
   * that starts with the command itself, and names each argument and flag once.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cliTopics")
  void cliCommandsAreCompleteAndUnique(ApiTopic topic) {
    assertTrue(topic.endpoints().isEmpty() && topic.schemas().isEmpty() && topic.examples().isEmpty(), topic.topic());
    Set<String> names = new HashSet<>();
    for (Command c : topic.commands()) {
      assertTrue(names.add(c.name()), topic.topic() + " has " + c.name() + " twice");
      assertTrue(c.usage().equals("xano " + c.name()) || c.usage().startsWith("xano " + c.name() + " "), c.usage());
      assertTrue(c.example() != null && !c.example().isBlank() && !c.example().contains("\n"), c.name() + " needs one example line");
      assertFalse(c.summary().contains("\n"), c.name());
      Set<String> flags = new HashSet<>();
      c.flags().forEach(f -> assertTrue(flags.add(f.name()), c.name() + " --" + f.name() + " twice"));
      Set<String> args = new HashSet<>();
      c.args().forEach(a -> assertTrue(args.add(a.name()), c.name() + " <" + a.name() + "> twice"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "meta"})
  void httpApiTopicsHaveNoCommands(String api) {
    ApiCatalog catalog = ApiCatalog.load(api, new ObjectMapper());
    catalog.names().forEach(n -> assertTrue(catalog.find(n).orElseThrow().commands().isEmpty(), n));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topics")
  void textsDoNotRepeatTheBaseUrl(ApiTopic topic) {
    assertFalse(topic.summary().contains("api:run/") || topic.summary().contains("api:meta/"), topic.topic());
  }
}
