package dev.xanomcp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.render.Call;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentsTest {
  private static final String MARKDOWN = String.join("\n",
      "# Things",
      "",
      "What things are.",
      "",
      "## Where next",
      "",
      "Sessions: topic `session`; data: topic `data`.",
      "",
      "## Export a session's data",
      "",
      "Read it once the session ends (topic `session`, then topic `data`).",
      "",
      "```http",
      "GET /session/7/sink",
      "```",
      "",
      "## Endpoints",
      "",
      "### GET /session/{session_id}/sink",
      "",
      "Read the data a session left behind. Paged.",
      "",
      "- `session_id` (uuid, path, required): The session.",
      "",
      "### PUT /session/{session_id}",
      "",
      "Change a session's label.",
      "",
      "### PUT /session/{session_id}/access",
      "",
      "Make a session public or private.",
      "",
      "## Schemas",
      "",
      "### SinkResponse",
      "",
      "What the sink endpoint answers.",
      "",
      "- `tables` (map<string, object>): One entry per table.",
      "",
      "Related topics: `history`.",
      "");

  private static Map<String, Doc> docs() {
    return docs(Set.of());
  }

  /** The documents of the topic, whose API also has the endpoints at {@code paths}. */
  private static Map<String, Doc> docs(Set<String> paths) {
    Function<String, Call> reader = section -> Call.of("run_api_docs", "topic", "things", "section", section);
    List<Doc> docs = Documents.of(new Documents.Topic("run", "things", "Things", List.of(), "all about things", MARKDOWN,
        Set.of("session", "data", "things"), paths, false, reader), Map.of());
    return docs.stream().collect(Collectors.toMap(Doc::sectionId, d -> d));
  }

  @Test
  void proseThatOnlyNamesTopicsIsAnIndexButARecipeWithCodeIsNot() {
    Map<String, Doc> docs = docs();
    assertTrue(docs.get("where-next").overview());
    assertFalse(docs.get("export-a-session-s-data").overview());
  }

  @Test
  void everySectionOfADigestSumsUp() {
    List<Doc> digest = Documents.of(new Documents.Topic("xanoscript", "working", "Working", List.of(), "all of it, briefly", MARKDOWN,
        Set.of("working"), Set.of(), true, section -> Call.of("xanoscript_docs", "topic", "working", "section", section)), Map.of());
    assertTrue(digest.stream().allMatch(Doc::overview));
    assertFalse(docs().get("export-a-session-s-data").overview());
  }

  @Test
  void anEndpointsFirstSentenceIsItsLead() {
    Map<String, Doc> docs = docs();
    assertEquals("Read the data a session left behind", docs.get("get-session-session_id-sink").fields().get(Field.LEAD.ordinal()));
    assertEquals("", docs.get("export-a-session-s-data").fields().get(Field.LEAD.ordinal()));
  }

  @Test
  void anEndpointsHeadingNamesTheResourceItActsOn() {
    assertEquals("branch", Documents.resource("/workspace/{workspace_id}/branch/{branch_label}"));
    assertEquals("branch", Documents.resource("/workspace/{workspace_id}/branch"));
    assertEquals("exec", Documents.resource("/project/{project_id}/run/{run_id}/exec"));
    assertEquals("workspace", Documents.resource("/workspace/{workspace_id}"));
    assertEquals("request_history search", Documents.resource("/workspace/{workspace_id}/request_history/search"));
    assertEquals("/auth/me", Documents.resource("/auth/me"));
  }

  @Test
  void anOperatorShownInCodeIsATermOfItsSection() {
    Doc doc = Documents.doc("xanoscript", "syntax", "operators", "Operators", "", null, null, false,
        "Operators", "", "??\n==?\n", "var $x { value = $a ?? 0 }", "", "", "");
    assertEquals(1, doc.terms().get(Field.SYMBOLS.ordinal()).get("??"));
    assertEquals(1, doc.terms().get(Field.SYMBOLS.ordinal()).get("==?"));
    assertEquals(1, doc.terms().get(Field.CODE.ordinal()).get("??"));
    assertEquals(null, doc.terms().get(Field.BODY.ordinal()).get("??"));
  }

  @Test
  void aPutOfAnItemAlsoModifiesAndRenamesIt() {
    Map<String, Doc> docs = docs();
    Map<String, Integer> item = docs.get("put-session-session_id").terms().get(Field.TITLE.ordinal());
    assertTrue(item.keySet().containsAll(Tokenizer.terms("rename modify update")), item.toString());
    Map<String, Integer> part = docs.get("put-session-session_id-access").terms().get(Field.TITLE.ordinal());
    assertTrue(part.keySet().containsAll(Tokenizer.terms("modify update")), part.toString());
    assertFalse(part.keySet().containsAll(Tokenizer.terms("rename")), part.toString());
  }

  @Test
  void aSchemaIsNamedInWordsAndIsAnObjectWithFields() {
    Doc schema = docs().get("sinkresponse");
    assertTrue(schema.terms().get(Field.PATH.ordinal()).keySet().containsAll(Tokenizer.terms("sink response")), schema.fields().toString());
    assertTrue(schema.terms().get(Field.PATH.ordinal()).keySet().containsAll(Tokenizer.terms("object fields")), schema.fields().toString());
  }

  @Test
  void anOverviewsLineCountsForTheSectionsWhoseHeadingNamesWhatItNamesNotForEndpointsBelowIt() {
    Map<String, Doc> docs = docs();
    assertTrue(docs.get("export-a-session-s-data").fields().get(Field.SUMMARY.ordinal()).contains("topic `session`"));
    assertEquals("", docs.get("get-session-session_id-sink").fields().get(Field.SUMMARY.ordinal()));
  }

  @Test
  void aCommandNamedByAnOperationHasTheWordsForItAsAnEndpointDoes() {
    String markdown = String.join("\n", "# Profiles", "", "Profiles.", "", "## Commands", "", "### profile create", "", "Make a profile.", "",
        "### profile list", "", "Show the profiles.", "", "### profile wizard", "", "Set one up step by step.", "");
    Map<String, Doc> docs = Documents.of(new Documents.Topic("cli", "profile", "Profiles", List.of(), "profiles", markdown, Set.of("profile"), Set.of(),
        false, section -> Call.of("cli_docs", "topic", "profile", "section", section)), Map.of()).stream().collect(Collectors.toMap(Doc::sectionId, d -> d));
    assertTrue(docs.get("profile-create").terms().get(Field.TITLE.ordinal()).keySet().containsAll(Tokenizer.terms("add new")));
    assertTrue(docs.get("profile-list").terms().get(Field.TITLE.ordinal()).keySet().containsAll(Tokenizer.terms("all")));
    assertEquals(Set.copyOf(Tokenizer.terms("profile wizard")), docs.get("profile-wizard").terms().get(Field.TITLE.ordinal()).keySet());
    assertTrue(docs().get("get-session-session_id-sink").terms().get(Field.TITLE.ordinal()).keySet().containsAll(Tokenizer.terms("show view")),
        "an endpoint that gets one item shows it");
  }

  @Test
  void theRelatedTopicsOfATopicAreNoWordsOfItsLastSection() {
    docs().get("sinkresponse").terms().forEach(field -> assertFalse(field.containsKey("history"), field.toString()));
  }

  @Test
  void theRootANestedEndpointHangsUnderIsNotWhereItLives() {
    Map<String, Integer> path = docs().get("get-session-session_id-sink").terms().get(Field.PATH.ordinal());
    assertTrue(path.containsKey("sink") && !path.containsKey("session"), path.toString());
  }

  @Test
  void aGetUnderWhichAnotherTopicOfItsApiHasItemsListsThem() {
    Map<String, Integer> title = docs(Set.of("/session/{session_id}/sink/{table}")).get("get-session-session_id-sink").terms()
        .get(Field.TITLE.ordinal());
    assertTrue(title.keySet().containsAll(Tokenizer.terms("list all")), title.toString());
  }
}
