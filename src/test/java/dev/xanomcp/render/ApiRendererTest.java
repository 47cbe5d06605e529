package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.docs.Endpoint;
import dev.xanomcp.docs.Example;
import dev.xanomcp.docs.Field;
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
    return Stream.of("run", "meta")
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

  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void summaryIsUnderTwoFifthsOfFull(ApiIndex api, ApiTopic topic) {
    int summary = ApiRenderer.render(api, topic, Detail.SUMMARY, true, Call.MCP).length();
    int full = ApiRenderer.render(api, topic, Detail.FULL, true, Call.MCP).length();
    assertTrue(summary * 5 < full * 2, topic.topic() + ": summary " + summary + " of full " + full);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("topics")
  void everyDetailLevelStatesBaseUrlAndHeader(ApiIndex api, ApiTopic topic) {
    for (Detail detail : Detail.values()) {
      String md = ApiRenderer.render(api, topic, detail, true, Call.MCP);
      assertTrue(md.contains("`" + api.baseUrl() + "`"), topic.topic());
      assertTrue(md.contains("`" + api.authHeader() + "`"), topic.topic());
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
    return new ApiTopic("things", "Things", "Things are things.", "More on things.", List.of("Check the owner first."),
        List.of(put), List.of(), List.of(new Pattern("Rename", "Find, then rename.", List.of("`GET /thing`", "`PUT /thing/{thing_id}`"), "PUT /thing/7")),
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
            "More on things.",
            "",
            "- Base URL: `https://api.example/<endpoint>`",
            "- Header: `Authorization: Bearer <t>`",
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
