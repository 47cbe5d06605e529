package dev.xanomcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone made the way Git for Windows makes one by default ({@code core.autocrlf=true}) gets LF
 * text and a CRLF Windows launcher, thanks to .gitattributes: the sh launcher, which a shell
 * cannot run with CRLF line ends ({@code set: Illegal option -}), cannot arrive broken. Its
 * launcher then starts a server that answers. (That a jar built from CRLF topics would answer the
 * same anyway is LineEndingsTest's.)
 */
class LineEndingsIT {
  @TempDir Path temp;

  @Test
  void aCloneWithAutocrlfGetsLfTextAndAWorkingLauncher() throws Exception {
    Platform.Result git = Platform.run(List.of("git", "-C", Platform.ROOT.toString(), "rev-parse", "--git-dir"), Platform.ROOT, env -> {}, "", 30);
    assumeTrue(git.status() == 0, "not a git checkout (or no git on PATH): " + git.err().strip());
    Path clone = temp.resolve("clone");
    Platform.Result cloned = Platform.run(List.of("git", "clone", "-q", "-c", "core.autocrlf=true", Platform.ROOT.toString(), clone.toString()),
        temp, env -> {}, "", 120);
    assertEquals(0, cloned.status(), cloned.err());

    Platform.Result eol = Platform.run(List.of("git", "ls-files", "--eol"), clone, env -> {}, "", 30);
    assertEquals(0, eol.status(), eol.err());
    List<String> wrong = new ArrayList<>();
    for (String line : eol.out().lines().toList()) {
      String[] fields = line.split("\\s+", 4);
      String file = line.substring(line.indexOf('\t') + 1);
      String expected = file.endsWith(".cmd") || file.endsWith(".bat") ? "w/crlf" : "w/lf";
      // Files with line ends only: binary ones are "-text", one-line ones "none", empty ones blank.
      boolean lines = List.of("i/lf", "i/crlf", "i/mixed").contains(fields[0]);
      if (lines && (!fields[0].equals("i/lf") || !fields[1].equals(expected))) {
        wrong.add(line);
      }
    }
    assertEquals(List.of(), wrong, "committed (i/) and checked out (w/) line ends");
    assertFalse(new String(Files.readAllBytes(clone.resolve("bin/xano-developer-mcp")), "UTF-8").contains("\r"));

    // The clone's own launcher, with the jar this build made: a build of its own is Maven's work.
    Path jar = clone.resolve("target/xano-developer-mcp.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(ServerProcess.JAR, jar, StandardCopyOption.REPLACE_EXISTING);
    if (Platform.WINDOWS) {
      // The Windows launcher builds when a source's archive bit is set, as Windows sets it on
      // every file a clone writes; a build clears them, and so does this.
      assertEquals(0, Platform.run(List.of("attrib", "-a", "/s", clone.resolve("src\\main\\*").toString()), clone, env -> {}, "", 60).status());
      assertEquals(0, Platform.run(List.of("attrib", "-a", clone.resolve("pom.xml").toString()), clone, env -> {}, "", 60).status());
    }
    String launcher = clone.resolve(Platform.WINDOWS ? "bin/xano-developer-mcp.cmd" : "bin/xano-developer-mcp").toString();
    String quickReference = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"xanoscript_docs\","
        + "\"arguments\":{\"file_path\":\"api/users/get.xs\",\"mode\":\"quick_reference\"}}}\n";
    Platform.Result run = Platform.run(Platform.script(launcher), clone, env -> env.put("XANO_MCP_NO_CACHE", "1"),
        LauncherIT.EXCHANGE + quickReference, 120);
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    JsonNode answer = InspectorIT.JSON.readTree(lines.get(2));
    assertFalse(answer.at("/result/isError").asBoolean(), answer.toString());
    assertTrue(answer.at("/result/content/0/text").asText().startsWith("# XanoScript for `api/users/get.xs`"), answer.toString());
  }
}
