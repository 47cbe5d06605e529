package dev.xanomcp.server;

import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ListPromptsResult;
import io.modelcontextprotocol.spec.McpSchema.ResourceLink;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assembles the MCP server: the tools of {@link Tools} and the resources over the documentation. */
public final class DocsServer {
  private static final Logger LOG = LoggerFactory.getLogger(DocsServer.class);

  static final ServerCapabilities CAPABILITIES =
      ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).completions().logging().build();

  /** All tools only read bundled documentation. */
  private static final ToolAnnotations READ_ONLY = new ToolAnnotations(null, true, false, true, false, null);

  /**
   * Accepts every schema and value. The SDK would check the tools' schemas at start-up and every
   * structured result with a validator that loads some 250 classes; ours are fixed and checked by
   * the tests with that validator (DocsServerTest), so the server skips it and does not ship it.
   */
  static final JsonSchemaValidator TRUSTED_SCHEMAS = (schema, value) -> JsonSchemaValidator.ValidationResponse.asValid(null);

  private DocsServer() {}

  /** What the server tells a client at initialization: one sentence per tool that needs one. */
  static String instructions(List<DocTool> tools) {
    return tools.stream()
        .map(DocTool::instruction)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" ", "Documentation for building on Xano. ", ""));
  }

  /**
   * Starts serving on {@code transport}. The SDK's own argument validation is off because the
   * tools check their arguments themselves and answer a wrong value with the valid ones and the
   * closest match, which the SDK's schema errors do not say; they also accept what lenient clients
   * send (aliases, a string for a boolean).
   */
  public static McpSyncServer start(McpServerTransportProvider transport, McpJsonMapper mapper, Library library) {
    List<DocTool> tools = Tools.all(library);
    DocResources resources = new DocResources(library);
    Completions completions = new Completions(library);
    List<SyncPromptSpecification> prompts = new Prompts(library, tools).all();
    String instructions = instructions(tools);
    List<SyncToolSpecification> specs = tools.stream().map(DocsServer::spec).toList();
    Handshake handshake = new Handshake(transport.protocolVersions(), instructions, specs.stream().map(SyncToolSpecification::tool).toList());
    AtomicBoolean prepared = new AtomicBoolean();
    Map<String, LocalAnswers.Handler> local = Map.of(
        McpSchema.METHOD_INITIALIZE, (params, out) -> handshake.initialize(params),
        McpSchema.METHOD_TOOLS_LIST, (params, out) -> {
          if (prepared.compareAndSet(false, true)) {
            prepare(tools);
          }
          return handshake.tools();
        },
        McpSchema.METHOD_RESOURCES_LIST, (params, out) -> resources.list(),
        McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, (params, out) -> resources.templateList(),
        McpSchema.METHOD_PROMPT_LIST, (params, out) -> ListPromptsResult.builder(prompts.stream().map(SyncPromptSpecification::prompt).toList()).build(),
        McpSchema.METHOD_COMPLETION_COMPLETE, completions);
    return McpServer.sync(new LocalAnswers(transport, local))
        .jsonMapper(mapper)
        .jsonSchemaValidator(TRUSTED_SCHEMAS)
        .serverInfo(Version.NAME, Version.VALUE)
        .instructions(instructions)
        .capabilities(CAPABILITIES)
        .validateToolInputs(false)
        .immediateExecution(true)
        .tools(specs)
        .resources(resources.specs())
        .resourceTemplates(resources.templates())
        .prompts(prompts)
        .build();
  }

  /**
   * Lets every tool prepare its first call, on a background thread of low priority. Called when the
   * client first lists the tools: the start-up is over, and it is about to call them.
   */
  private static void prepare(List<DocTool> tools) {
    Thread thread = new Thread(() -> tools.forEach(tool -> {
      try {
        tool.prepare();
      } catch (RuntimeException e) {
        LOG.warn("{} could not prepare: {}", tool.name(), e.getMessage());
      }
    }), "prepare-tools");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  static SyncToolSpecification spec(DocTool tool) {
    List<String> accepted = List.copyOf(Schemas.properties(tool.inputSchema()).keySet());
    Tool described = Tool.builder(tool.name(), tool.inputSchema())
        .title(tool.title())
        .description(tool.description())
        .outputSchema(tool.outputSchema())
        .annotations(READ_ONLY)
        .build();
    return new SyncToolSpecification(described, (exchange, request) -> call(tool, accepted, request.arguments()));
  }

  /**
   * Calls {@code tool}: its answer as Markdown text plus {@code structuredContent}; a {@link
   * ToolInputException} becomes an {@code isError} result the model can act on; anything else is
   * logged to stderr and reported without internals.
   */
  static CallToolResult call(DocTool tool, List<String> accepted, Map<String, Object> arguments) {
    try {
      Answer answer = tool.answer(new Arguments(arguments, accepted), Call.MCP);
      CallToolResult.Builder result = CallToolResult.builder().addTextContent(answer.markdown());
      for (String uri : answer.links()) {
        result.addContent(ResourceLink.builder().uri(uri).name(uri.substring(uri.indexOf("://") + 3)).mimeType(DocResources.MARKDOWN).build());
      }
      return result.structuredContent(answer.structured()).isError(false).build();
    } catch (ToolInputException e) {
      return error(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} failed", tool.name(), e);
      return error("Internal error in " + tool.name() + ": " + e.getMessage() + ". Please report it; other calls still work.");
    }
  }

  private static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }
}
