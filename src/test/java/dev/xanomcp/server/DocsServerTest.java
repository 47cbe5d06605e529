package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xanomcp.docs.Library;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocsServerTest {
  /** Start-up trusts the tool schemas (DocsServer.TRUSTED_SCHEMAS); here the SDK's validator checks them. */
  @Test
  void everyToolSchemaIsAValidJsonSchema() {
    Library library = Library.load();
    List<SyncToolSpecification> tools = new ArrayList<>();
    library.apis().forEach(api -> tools.add(ApiDocsTool.spec(api)));
    tools.add(ScriptDocsTool.spec(library.xanoscript()));
    tools.add(VersionTool.spec());
    JsonSchemaValidator validator = McpJsonDefaults.getSchemaValidator();
    for (SyncToolSpecification tool : tools) {
      JsonSchemaValidator.ValidationResponse response = validator.validateSchema(tool.tool().inputSchema());
      assertTrue(response.valid(), tool.tool().name() + ": " + response.errorMessage());
    }
  }

  @Test
  void instructionsFitTheLimitOfClients() {
    assertTrue(DocsServer.INSTRUCTIONS.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 2048);
  }
}
