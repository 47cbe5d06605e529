package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.Reference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in tables are exactly what the generator derives from the engine's reference data
 * (see {@link Reference}).
 */
class EngineTablesTest {

  @Test
  void resourceMatchesTheReference() throws IOException {
    Path engine = Reference.require("engine");
    String expected = EngineTablesGenerator.generate(engine);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(EngineTables.RESOURCE)) {
      assertNotNull(in, EngineTables.RESOURCE);
      assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "regenerate with EngineTablesGenerator " + engine + " src/main/resources/" + EngineTables.RESOURCE);
    }
  }

  @Test
  void keepsTheNoticeAndTheFacts() {
    EngineTables tables = EngineTables.load();
    assertEquals(EngineTablesGenerator.NOTICE, tables.notice());
    Spec job = tables.construct("run.job");
    assertTrue(!job.member("main").optional() && job.member("env").optional());
    assertEquals(Shape.STACK, tables.statement("foreach").member("each").shape());
    assertTrue(tables.statement("conditional").member("elseif").repeatable());
    assertTrue(tables.statement("var").argIsVariable());
    assertEquals("lower", tables.filters("pipe").get("to_lower"));
    assertEquals("to_lower", tables.renamed("lower"));
    assertTrue(tables.filters("dbfilter").containsKey("timestamp_add_days"));
    assertTrue(tables.filters("aggregate").containsKey("count_distinct"));
    assertEquals(Shape.FIELDS, tables.all("component").get("input").body());
  }
}
