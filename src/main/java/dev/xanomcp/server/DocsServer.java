package dev.xanomcp.server;

import dev.xanomcp.Version;
import dev.xanomcp.docs.Library;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.ArrayList;
import java.util.List;

/** Assembles the MCP server: tools and resources over the documentation catalogs. */
public final class DocsServer {
  static final String INSTRUCTIONS =
      "Documentation for building on Xano. Before writing XanoScript (.xs), call xanoscript_docs with the file's path. For HTTP calls to Xano, use meta_api_docs (managing a workspace: tables, APIs, functions, agents...) or run_api_docs (executing XanoScript jobs and services); start with topic \"start\" at detail_level \"summary\", then read the topic you need in full.";

  /**
   * Accepts every schema. The SDK checks the tools' input schemas at start-up with a validator
   * that loads some 250 classes; ours are fixed and checked by the tests with that validator
   * (DocsServerTest), so start-up skips it. Tool arguments are checked by the tools themselves.
   */
  static final JsonSchemaValidator TRUSTED_SCHEMAS = (schema, value) -> JsonSchemaValidator.ValidationResponse.asValid(null);

  private DocsServer() {}

  /**
   * Starts serving on {@code transport}. The SDK's own argument validation is off because the
   * tools check their arguments themselves and answer a wrong value with the valid ones and the
   * closest match, which the SDK's schema errors do not say.
   */
  public static McpSyncServer start(McpServerTransportProvider transport, McpJsonMapper mapper, Library library) {
    List<SyncToolSpecification> tools = new ArrayList<>();
    library.apis().forEach(api -> tools.add(ApiDocsTool.spec(api)));
    tools.add(ScriptDocsTool.spec(library.xanoscript()));
    tools.add(VersionTool.spec());
    return McpServer.sync(transport)
        .jsonMapper(mapper)
        .jsonSchemaValidator(TRUSTED_SCHEMAS)
        .serverInfo(Version.NAME, Version.VALUE)
        .instructions(INSTRUCTIONS)
        .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).build())
        .validateToolInputs(false)
        .immediateExecution(true)
        .tools(tools)
        .resources(DocResources.all(library))
        .build();
  }
}
