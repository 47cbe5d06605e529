package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.xanoscript.Checker;
import dev.xanomcp.xanoscript.Diagnostic;
import dev.xanomcp.xanoscript.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every piece of XanoScript the server can show passes the checker as {@code validate_xanoscript}
 * checks code ({@link Checker#check(String)}, which reads a snippet as what it is): the {@code
 * ```xs} blocks of the XanoScript topics, the blocks in the Markdown of the Run and Meta API topics,
 * and the documents in their examples ({@code doc} and {@code xanoscript} fields). A block fenced
 * {@code ```xs invalid} shows a mistake on purpose and must get an error. Placeholders such as
 * {@code "<document>"} are not code.
 */
class DocsCodeTest {
  private static final Pattern FENCE = Pattern.compile("(?m)^```xs([^\\n]*)\\n(.*?)^```", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Blocks of the topics that the checker finds wrong, by place, with the diagnostic code each gets:
   * for the topics' writers to correct, after which their entry goes.
   */
  private static final Map<String, String> KNOWN_WRONG = Map.of();
  private static final Library LIBRARY = Library.load();

  /** One piece of code: where it is, whether it is wrong on purpose, and its text. */
  record Snippet(String where, boolean invalid, String code) {}

  static List<Snippet> snippets() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    ScriptCatalog xanoscript = LIBRARY.xanoscript();
    for (ScriptTopic topic : xanoscript.topics()) {
      blocks("xanoscript/" + topic.name(), xanoscript.body(topic), snippets);
    }
    for (ApiCatalog api : LIBRARY.apis()) {
      for (String name : api.names()) {
        String resource = "topics/" + api.index().api() + "/" + name + ".json";
        try (InputStream in = DocsCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
          walk(resource, JSON.readTree(in), "$", snippets);
        }
      }
    }
    return snippets;
  }

  private static void blocks(String where, String markdown, List<Snippet> snippets) {
    Matcher block = FENCE.matcher(markdown);
    while (block.find()) {
      int line = (int) markdown.substring(0, block.start()).chars().filter(c -> c == '\n').count() + 1;
      snippets.add(new Snippet(where + ":" + line, block.group(1).contains("invalid"), block.group(2)));
    }
  }

  private static void walk(String file, JsonNode node, String path, List<Snippet> snippets) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = field.getValue();
        String at = path + "." + field.getKey();
        boolean code = field.getKey().equals("doc") || field.getKey().equals("xanoscript");
        if (code && value.isTextual() && !value.textValue().strip().matches("<[^>]*>")) {
          snippets.add(new Snippet(file + " " + at, false, value.textValue()));
        } else {
          walk(file, value, at, snippets);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(file, node.get(i), path + "[" + i + "]", snippets);
      }
    } else if (node.isTextual() && node.textValue().contains("```xs")) {
      blocks(file + " " + path, node.textValue(), snippets);
    }
  }

  @Test
  void everySnippetPassesAndEveryWrongOneIsCaught() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Snippet> all = snippets();
    boolean document = false;
    Map<String, String> wrong = new java.util.TreeMap<>(KNOWN_WRONG);
    for (Snippet snippet : all) {
      Checker.Result result = Checker.get().check(snippet.code());
      document |= result.checkedAs().equals(Checker.DOCUMENT);
      List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
      String known = wrong.remove(snippet.where());
      if (known != null) {
        if (errors.stream().noneMatch(d -> d.code().equals(known))) {
          problems.add(snippet.where() + ": listed as wrong (" + known + ") but got " + errors + "; drop it from KNOWN_WRONG");
        }
        continue;
      }
      if (snippet.invalid() && errors.isEmpty()) {
        problems.add(snippet.where() + ": fenced `xs invalid` but the checker finds no error");
      }
      if (!snippet.invalid()) {
        errors.forEach(d -> problems.add(snippet.where() + " +" + d.line() + ":" + d.column() + " " + d.code() + ": " + d.message()));
      }
    }
    wrong.keySet().forEach(k -> problems.add(k + ": listed as wrong but no such block"));
    assertTrue(all.size() > 150, all.size() + " snippets: is the extraction broken?");
    assertTrue(document, "no Run API document was found");
    assertEquals(List.of(), problems);
  }

  /**
   * The names the docs use exist in the engine's tables: no unknown statement, filter or type
   * (errors above) and no property or block the tables lack. A name only the upstream docs have is
   * marked in the text as not confirmed, and the checker's "unconfirmed" warnings are allowed.
   */
  @Test
  void everyPropertyTheDocsUseIsInTheEnginesTables() throws IOException {
    List<String> unknown = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      if (snippet.invalid()) {
        continue;
      }
      for (Diagnostic d : Checker.get().check(snippet.code()).diagnostics()) {
        if (d.code().equals("unknown-property")) {
          unknown.add(snippet.where() + " +" + d.line() + ":" + d.column() + " " + d.message());
        }
      }
    }
    assertEquals(List.of(), unknown);
  }
}
