package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import dev.xanomcp.search.SearchIndex;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout with CRLF line ends (Git for Windows' default without .gitattributes, a zip opened
 * by an editor) builds a jar whose topics are CRLF: it must answer exactly as one built from LF
 * files. The docs, their renderers and the search are loaded a second time, in a class loader that
 * finds the resources in a copy with every text file turned to CRLF, and every answer is compared.
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
      assertTrue(isolated.getClassLoader() == loader, "the docs are loaded again, from the CRLF copy");
      Method every = isolated.getDeclaredMethod("everyAnswer");
      every.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, String> fromCrlf = (Map<String, String>) every.invoke(null);
      assertTrue(lf.size() > 500, "too few answers compared: " + lf.size());
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
   * What → answer for everything the tools render from the topics: the XanoScript list, every
   * topic in both modes and every section of it, the file_path answers at two budgets, every API
   * topic at both details, and a search for each topic's title. Keys are sorted: the two runs
   * compare answer by answer.
   */
  static Map<String, String> everyAnswer() {
    Library library = Library.load();
    ScriptCatalog xanoscript = library.xanoscript();
    SearchIndex search = SearchIndex.of(library, List.of(), Map.of());
    Map<String, String> answers = new TreeMap<>();
    answers.put("xanoscript index", ScriptRenderer.index(xanoscript, Call.MCP));
    for (ScriptTopic topic : xanoscript.topics()) {
      for (Mode mode : Mode.values()) {
        answers.put("xanoscript " + topic.name() + " " + mode, ScriptRenderer.topic(xanoscript, topic, mode, Call.MCP));
      }
      for (Section section : Sections.of(xanoscript.body(topic))) {
        answers.put("xanoscript " + topic.name() + " section " + section.id(), ScriptRenderer.section(xanoscript, topic, section));
      }
      answers.put("search " + topic.title(), search.search(topic.title(), null, 5).toString());
    }
    for (String file : List.of("api/users/get_profile.xs", "C:\\shop\\table\\invoice.xs", "ai/agent/support.xs", "table/trigger/on_invoice.xs",
        "static/index.html", "run.xs", "notes.txt", "function/utils/format.xs", "task/nightly.xs", "mcp_server/tools.xs")) {
      for (Mode mode : Mode.values()) {
        for (int tokens : new int[] {ScriptRenderer.FILE_TOKENS, 2_000}) {
          answers.put("xanoscript file " + file + " " + mode + " " + tokens, ScriptRenderer.forFile(xanoscript, file, mode, tokens, Call.MCP).markdown());
        }
      }
    }
    for (ApiCatalog api : library.apis()) {
      for (String name : api.names()) {
        for (Detail detail : Detail.values()) {
          answers.put(api.index().api() + " " + name + " " + detail, ApiRenderer.render(api.index(), api.find(name).orElseThrow(), detail, true, Call.MCP));
        }
      }
    }
    return answers;
  }
}
