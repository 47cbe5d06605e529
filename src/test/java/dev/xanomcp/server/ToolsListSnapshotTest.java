package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.tools.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code tools/list} answer, byte for byte: what every conversation with the server pays for.
 * Any change to a tool's name, texts or schema fails here until it is accepted with
 * {@code -Dsnapshots.update=true} (then review the diff), so that none slips in unnoticed.
 */
class ToolsListSnapshotTest {
  static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/tools-list.json");
  /** The most bytes the answer may take: clients pay them in every conversation. */
  static final int BUDGET = 6_500;

  @Test
  void theToolsListIsTheAcceptedOne() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode tools = Lists.tools(json, Tools.all(Library.load(json)));
    String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(tools) + "\n";
    if (Boolean.getBoolean("snapshots.update")) {
      Files.createDirectories(SNAPSHOT.getParent());
      Files.writeString(SNAPSHOT, pretty, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(SNAPSHOT), "no " + SNAPSHOT + "; run the tests with -Dsnapshots.update=true to accept the current tools");
    assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), pretty,
        "tools/list changed; if that is intended, accept it with -Dsnapshots.update=true and review the diff");
    int bytes = tools.toString().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= BUDGET, "tools/list is " + bytes + " bytes, over its budget of " + BUDGET);
  }
}
