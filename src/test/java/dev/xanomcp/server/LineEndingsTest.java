package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout with CRLF line ends (Git for Windows' default without .gitattributes, a zip opened
 * by an editor) builds a jar whose topics are CRLF: it must answer exactly as one built from LF
 * files. The whole server is loaded a second time, in a class loader that finds its resources in
 * a copy with every text file turned to CRLF, and every answer is compared.
 */
class LineEndingsTest {
  @TempDir Path crlf;

  @Test
  void topicsWithCrlfLineEndsAnswerAsWithLf() throws Exception {
    Path classes = Path.of(ScriptCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    copyAsCrlf(classes, crlf);
    assertTrue(Files.readString(crlf.resolve("topics/xanoscript/syntax.md")).contains("## Quick Reference\r\n"), "the copy is CRLF");

    List<URL> urls = new ArrayList<>(List.of(crlf.toUri().toURL()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().equals(classes)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    Map<String, String> lf = everyAnswer();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> isolated = loader.loadClass(LineEndingsTest.class.getName());
      assertTrue(isolated.getClassLoader() == loader, "the server is loaded again, from the CRLF copy");
      Method every = isolated.getDeclaredMethod("everyAnswer");
      every.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, String> fromCrlf = (Map<String, String>) every.invoke(null);
      assertTrue(lf.size() > 500, "too few answers compared: " + lf.size());
      lf.forEach((call, answer) -> assertTrue(!answer.startsWith("internal error"), call + ": " + answer));
      assertEquals(lf.keySet(), fromCrlf.keySet());
      List<String> differ = lf.keySet().stream().filter(call -> !lf.get(call).equals(fromCrlf.get(call))).toList();
      assertEquals(List.of(), differ, differ.size() + " of " + lf.size() + " answers differ");
    }
  }

  /** Every file of {@code from} into {@code to}; the text ones with CRLF line ends. */
  static void copyAsCrlf(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (file.toString().endsWith(".class")) {
          Files.copy(file, target);
        } else {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Files.writeString(target, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
        }
      }
    }
  }

  /**
   * Call → answer (Markdown and structured content, or the tool error) for every tool's examples,
   * every XanoScript topic in both modes and every section, the file_path answers, a search for
   * each topic's title and every API topic at both details. Keys are sorted: the two runs compare
   * call by call.
   */
  static Map<String, String> everyAnswer() throws JsonProcessingException {
    Library library = Library.load();
    List<DocTool> tools = Tools.all(library);
    Map<String, List<Map<String, Object>>> calls = new LinkedHashMap<>();
    for (DocTool tool : tools) {
      calls.put(tool.name(), new ArrayList<>(tool.examples()));
    }
    ScriptCatalog xanoscript = library.xanoscript();
    for (ScriptTopic topic : xanoscript.topics()) {
      calls.get("xanoscript_docs").add(Map.of("topic", topic.name()));
      calls.get("xanoscript_docs").add(Map.of("topic", topic.name(), "mode", "quick_reference"));
      calls.get("xanoscript_docs").add(Map.of("topic", topic.name(), "max_tokens", 500));
      for (Section section : Sections.of(xanoscript.body(topic))) {
        calls.get("xanoscript_docs").add(Map.of("topic", topic.name(), "section", section.id()));
      }
      calls.get("search_docs").add(Map.of("query", topic.title()));
    }
    for (String file : List.of("api/users/get_profile.xs", "C:\\shop\\table\\invoice.xs", "ai/agent/support.xs", "table/trigger/on_invoice.xs",
        "static/index.html", "run.xs", "notes.txt", "function/utils/format.xs", "task/nightly.xs", "mcp_server/tools.xs")) {
      calls.get("xanoscript_docs").add(Map.of("file_path", file));
      calls.get("xanoscript_docs").add(Map.of("file_path", file, "mode", "quick_reference"));
    }
    for (String api : List.of("run", "meta")) {
      for (String topic : (api.equals("run") ? library.run() : library.meta()).names()) {
        calls.get(api + "_api_docs").add(Map.of("topic", topic));
        calls.get(api + "_api_docs").add(Map.of("topic", topic, "detail_level", "summary"));
      }
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> answers = new TreeMap<>();
    for (DocTool tool : tools) {
      List<String> accepted = List.copyOf(Schemas.properties(tool.inputSchema()).keySet());
      for (Map<String, Object> arguments : calls.get(tool.name())) {
        String answer;
        try {
          Answer a = tool.answer(new Arguments(arguments, accepted), Call.MCP);
          answer = a.markdown() + "\n" + json.writeValueAsString(a.structured()) + "\n" + a.links();
        } catch (ToolInputException e) {
          answer = "tool error: " + e.getMessage();
        } catch (RuntimeException e) {
          answer = "internal error: " + e;
        }
        answers.put(tool.name() + " " + json.writeValueAsString(new TreeMap<>(arguments)), answer);
      }
    }
    return answers;
  }
}
