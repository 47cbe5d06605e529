package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.docs.Argument;
import dev.xanomcp.docs.Command;
import dev.xanomcp.docs.Endpoint;
import dev.xanomcp.docs.Example;
import dev.xanomcp.docs.Field;
import dev.xanomcp.docs.Flag;
import dev.xanomcp.docs.Parameter;
import dev.xanomcp.docs.Pattern;
import dev.xanomcp.docs.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> topics() {
    return Stream.of("run", "meta", "cli")
        .map(api -> ApiCatalog.load(api, new ObjectMapper()))
        .flatMap(c -> c.names().stream().map(n -> Arguments.of(c.index(), c.find(n).orElseThrow())));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void summaryMatchesItsGoldenFile(ApiIndex api, ApiTopic topic) throws IOException {
    Golden.assertMatches(api.api() + "/" + topic.topic() + ".summary.md", ApiRenderer.render(api, topic, Detail.SUMMARY, true, Call.MCP));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void fullMatchesItsGoldenFile(ApiIndex api, ApiTopic topic) throws IOException {
    Golden.assertMatches(api.api() + "/" + topic.topic() + ".full.md", ApiRenderer.render(api, topic, Detail.FULL, true, Call.MCP));
  }

  /** A summary is worth having only where the full topic is long: a CLI topic of one or two commands is short whole. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void summaryIsUnderTwoFifthsOfFull(ApiIndex api, ApiTopic topic) {
    int summary = ApiRenderer.render(api, topic, Detail.SUMMARY, true, Call.MCP).length();
    int full = ApiRenderer.render(api, topic, Detail.FULL, true, Call.MCP).length();
    assertTrue(summary * 5 < full * 2 || !api.http() && full < 2048, topic.topic() + ": summary " + summary + " of full " + full);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void everyDetailLevelStatesBaseUrlAndHeaderOfAnHttpApi(ApiIndex api, ApiTopic topic) {
    for (Detail detail : Detail.values()) {
      String md = ApiRenderer.render(api, topic, detail, true, Call.MCP);
      if (api.http()) {
        assertTrue(md.contains("`" + api.baseUrl() + "`"), topic.topic());
        assertTrue(md.contains("`" + api.authHeader() + "`"), topic.topic());
      } else {
        assertFalse(md.contains("Base URL") || md.contains("- Header:"), topic.topic());
      }
    }
  }

  /** A CLI topic's summary has one line per command, with the size of the command's section. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void summaryHasOneLinePerCommandWithItsSize(ApiIndex api, ApiTopic topic) {
    String summary = ApiRenderer.render(api, topic, Detail.SUMMARY, true, Call.MCP);
    String full = ApiRenderer.render(api, topic, Detail.FULL, true, Call.MCP);
    List<Section> sections = Sections.of(full);
    for (Command c : topic.commands()) {
      String size = Budget.size(Sections.bytes(Sections.find(sections, c.name()).orElseThrow().text(full)));
      assertTrue(summary.contains("\n- `" + c.name() + "`: " + c.summary() + " (" + size + ")\n"), c.name());
    }
    if (!api.http()) {
      assertEquals(topic.commands().size(), summary.lines().filter(l -> l.startsWith("- `")).count(), topic.topic());
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void outputHasNoDoubledOrTrailingBlankLines(ApiIndex api, ApiTopic topic) {
    for (Detail detail : Detail.values()) {
      String md = ApiRenderer.render(api, topic, detail, true, Call.MCP);
      assertFalse(md.contains("\n\n\n"), topic.topic());
      assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"), topic.topic());
      assertFalse(md.lines().anyMatch(l -> !l.equals(l.stripTrailing())), topic.topic());
    }
  }

  private static final ApiIndex CLI =
      new ApiIndex("tool", "tool_docs", "Tool CLI", "Docs.", "Read tool_docs.", null, null, null, List.of(new ApiIndex.Entry("things", "all about things")));

  private static ApiTopic cliSample() {
    Command rename = new Command("thing rename", "Rename a thing.", "Only the owner may.", "tool thing rename <id> --name <name>",
        List.of(new Argument("id", true, "The thing.")),
        List.of(new Flag("name", "n", "string", null, true, "New name."), new Flag("dry-run", null, "boolean", "false", false, "Change nothing.")),
        "tool thing rename 7 -n lamp");
    Command list = new Command("thing list", "List things.", null, "tool thing list", List.of(), List.of(), null);
    return new ApiTopic("things", "Things", "Things are things.", "More on things.", List.of("Check the owner first."),
        List.of(), List.of(rename, list), List.of(), List.of(new Pattern("Rename", "Find, then rename.", List.of("`tool thing list`", "`tool thing rename`"), "tool thing list\ntool thing rename 7 -n lamp")),
        List.of(), List.of("other"));
  }

  @Test
  void rendersEveryPartOfACliTopicWithItsTipsFirst() {
    assertEquals(
        String.join("\n",
            "# Things",
            "",
            "Things are things.",
            "",
            "More on things.",
            "",
            "## Tips",
            "",
            "- Check the owner first.",
            "",
            "## Commands",
            "",
            "### thing rename",
            "",
            "Rename a thing.",
            "",
            "Only the owner may.",
            "",
            "Usage: `tool thing rename <id> --name <name>`",
            "",
            "Arguments:",
            "",
            "- `<id>` (required): The thing.",
            "",
            "Flags:",
            "",
            "- `--name`, `-n` (string, required): New name.",
            "- `--dry-run` (boolean, default `false`): Change nothing.",
            "",
            "```sh",
            "tool thing rename 7 -n lamp",
            "```",
            "",
            "### thing list",
            "",
            "List things.",
            "",
            "Usage: `tool thing list`",
            "",
            "## Workflows",
            "",
            "### Rename",
            "",
            "Find, then rename.",
            "",
            "1. `tool thing list`",
            "2. `tool thing rename`",
            "",
            "```sh",
            "tool thing list",
            "tool thing rename 7 -n lamp",
            "```",
            "",
            "Related topics: `other`.",
            ""),
        ApiRenderer.render(CLI, cliSample(), Detail.FULL, true, Call.MCP));
  }

  @Test
  void cliSummaryHasOneLinePerCommandAndWorkflow() {
    String full = ApiRenderer.render(CLI, cliSample(), Detail.FULL, true, Call.MCP);
    List<Section> sections = Sections.of(full);
    assertEquals(
        String.join("\n",
            "# Things",
            "",
            "Things are things.",
            "",
            "## Commands",
            "",
            "- `thing rename`: Rename a thing. (" + Budget.size(Sections.bytes(Sections.find(sections, "thing rename").orElseThrow().text(full))) + ")",
            "- `thing list`: List things. (" + Budget.size(Sections.bytes(Sections.find(sections, "thing list").orElseThrow().text(full))) + ")",
            "",
            "## Workflows",
            "",
            "- Rename: Find, then rename.",
            "",
            "Related topics: `other`.",
            "",
            "Usage, flags, examples and tips: `tool_docs` `{\"topic\": \"things\", \"detail_level\": \"full\"}`.",
            "",
            "One command: `tool_docs` `{\"topic\": \"things\", \"section\": \"thing rename\"}`.",
            ""),
        ApiRenderer.render(CLI, cliSample(), Detail.SUMMARY, true, Call.MCP));
  }

  @Test
  void aCommandSectionIsTheCommandAloneWithoutConnectionLines() {
    String full = ApiRenderer.render(CLI, cliSample(), Detail.FULL, true, Call.MCP);
    String answer = ApiRenderer.section(CLI, cliSample(), full, Sections.find(Sections.of(full), "thing rename").orElseThrow());
    assertTrue(answer.startsWith("# Things › Commands › thing rename\n\nRename a thing.\n"), answer);
    assertFalse(answer.contains("### thing list"), answer);
  }

  @Test
  void theIndexListsTopicsOneLineEachAndHowToReadOne() {
    assertEquals(
        String.join("\n",
            "# Tool CLI: topics",
            "",
            "- `things`: all about things",
            "",
            "Read one: `tool_docs` `{\"topic\": \"things\"}`; in short: `tool_docs` `{\"topic\": \"things\", \"detail_level\": \"summary\"}`.",
            ""),
        ApiRenderer.index(CLI, Call.MCP));
    String http = ApiRenderer.index(API, Call.MCP);
    assertTrue(http.startsWith("# Demo API: topics\n\n- Base URL: `https://api.example/<endpoint>`\n- Header: `Authorization: Bearer <t>`\n\n- `things`: all about things\n"), http);
  }

  @Test
  void anIndexHasBothOrNeitherOfBaseUrlAndHeader() {
    List<ApiIndex.Entry> topics = List.of(new ApiIndex.Entry("t", "a"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ApiIndex("x", "x_docs", "X", "D.", "I.", "https://x", null, null, topics));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ApiIndex("x", "x_docs", "X", "D.", "I.", null, "note", null, topics));
    assertEquals("x-api", new ApiIndex("x", "x_docs", "X", "D.", "I.", "https://x", null, "H: v", topics).scheme());
    assertEquals("x", new ApiIndex("x", "x_docs", "X", "D.", "I.", null, null, null, topics).scheme());
  }

  private static final ApiIndex API =
      new ApiIndex("demo", "demo_docs", "Demo API", "Docs.", "Read demo_docs.", "https://api.example/<endpoint>", null, "Authorization: Bearer <t>",
          List.of(new ApiIndex.Entry("things", "all about things")));

  private static ApiTopic sample() throws IOException {
    Parameter id = new Parameter("thing_id", "integer", "path", true, null, List.of(), "The thing.");
    Parameter sort = new Parameter("sort", "string", "query", false, JSON.readTree("\"name\""), List.of("name", "age"), "Sort order.");
    Field name = new Field("name", "string", true, null, null, List.of(), null, "New name.", List.of());
    Endpoint put =
        new Endpoint("PUT", "/thing/{thing_id}", "Rename a thing.", "Only the owner may.", List.of(id, sort),
            new Endpoint.RequestBody("application/json", null, List.of(name), null), null,
            new Example(null, null, new Example.Request("PUT", "/thing/7", Map.of(), JSON.readTree("{\"name\":\"lamp\"}")), JSON.readTree("{\"id\":7}")));
    Field kinds = new Field("kinds", null, false, null, null, List.of("a", "b"), null, "Every kind.", List.of());
    Field daily = new Field("daily", null, false, null, null, List.of(), "0 0 * * *", null, List.of());
    Field owner = new Field("owner", "object", false, null, null, List.of(), null, null,
        List.of(new Field("since", "string", false, "date-time", null, List.of(), null, "Owned since.", List.of())));
    return new ApiTopic("things", "Things", "Things are things.", "## Ownership\nMore on things.", List.of("Check the owner first."),
        List.of(put), List.of(), List.of(), List.of(new Pattern("Rename", "Find, then rename.", List.of("`GET /thing`", "`PUT /thing/{thing_id}`"), "PUT /thing/7")),
        List.of(new Schema("Thing", null, List.of(kinds, daily, owner))), List.of("other"));
  }

  @Test
  void rendersEveryPartOfAFullTopic() throws IOException {
    assertEquals(
        String.join("\n",
            "# Things",
            "",
            "Things are things.",
            "",
            "- Base URL: `https://api.example/<endpoint>`",
            "- Header: `Authorization: Bearer <t>`",
            "",
            "## Ownership",
            "More on things.",
            "",
            "## Endpoints",
            "",
            "### PUT /thing/{thing_id}",
            "",
            "Rename a thing.",
            "",
            "Only the owner may.",
            "",
            "Parameters:",
            "",
            "- `thing_id` (integer, path, required): The thing.",
            "- `sort` (string, query, default `name`, one of `name`, `age`): Sort order.",
            "",
            "Body (`application/json`):",
            "",
            "- `name` (string, required): New name.",
            "",
            "Example:",
            "",
            "```http",
            "PUT /thing/7",
            "",
            "{\"name\": \"lamp\"}",
            "```",
            "",
            "Response:",
            "",
            "```json",
            "{\"id\": 7}",
            "```",
            "",
            "## Workflows",
            "",
            "### Rename",
            "",
            "Find, then rename.",
            "",
            "1. `GET /thing`",
            "2. `PUT /thing/{thing_id}`",
            "",
            "```",
            "PUT /thing/7",
            "```",
            "",
            "## Schemas",
            "",
            "### Thing",
            "",
            "- `kinds`: `a`, `b` (Every kind.)",
            "- `daily`: `0 0 * * *`",
            "- `owner` (object)",
            "  - `since` (string, date-time): Owned since.",
            "",
            "## Tips",
            "",
            "- Check the owner first.",
            "",
            "Related topics: `other`.",
            ""),
        ApiRenderer.render(API, sample(), Detail.FULL, true, Call.MCP));
  }

  @Test
  void summaryHasOneLinePerEndpointAndWorkflow() throws IOException {
    assertEquals(
        String.join("\n",
            "# Things",
            "",
            "Things are things.",
            "",
            "- Base URL: `https://api.example/<endpoint>`",
            "- Header: `Authorization: Bearer <t>`",
            "",
            "## Endpoints",
            "",
            "- `PUT /thing/{thing_id}`: Rename a thing. (SIZE)",
            "",
            "## Workflows",
            "",
            "- Rename: Find, then rename.",
            "",
            "Related topics: `other`.",
            "",
            "Parameters, bodies, examples and schemas: `demo_docs` `{\"topic\": \"things\", \"detail_level\": \"full\"}`.",
            "",
            "One endpoint: `demo_docs` `{\"topic\": \"things\", \"section\": \"PUT /thing/{thing_id}\"}`.",
            "").replace("SIZE", Budget.size(Sections.bytes(endpointSection()))),
        ApiRenderer.render(API, sample(), Detail.SUMMARY, true, Call.MCP));
  }

  /** The endpoint's section of the full topic, whose size the summary shows. */
  private static String endpointSection() throws IOException {
    String full = ApiRenderer.render(API, sample(), Detail.FULL, true, Call.MCP);
    return Sections.find(Sections.of(full), "PUT /thing/{thing_id}").orElseThrow().text(full);
  }

  @Test
  void aSectionComesWithItsPlaceTheBaseUrlAndTheHeader() throws IOException {
    String full = ApiRenderer.render(API, sample(), Detail.FULL, true, Call.MCP);
    Section endpoint = Sections.find(Sections.of(full), "put-thing-thing_id").orElseThrow();
    String answer = ApiRenderer.section(API, sample(), full, endpoint);
    assertTrue(answer.startsWith("# Things › Endpoints › PUT /thing/{thing_id}\n\n- Base URL: `https://api.example/<endpoint>`\n- Header: `Authorization: Bearer <t>`\n\nRename a thing."), answer);
    assertFalse(answer.contains("## Workflows"), answer);
  }

  @Test
  void schemasCanBeLeftOut() throws IOException {
    assertFalse(ApiRenderer.render(API, sample(), Detail.FULL, false, Call.MCP).contains("## Schemas"));
  }

  @Test
  void detailNamesIncludeTheUpstreamOnes() {
    assertEquals(Detail.SUMMARY, Detail.parse("overview").orElseThrow());
    assertEquals(Detail.FULL, Detail.parse(" Detailed ").orElseThrow());
    assertEquals(Detail.FULL, Detail.parse("examples").orElseThrow());
    assertTrue(Detail.parse("brief").isEmpty());
  }
}
