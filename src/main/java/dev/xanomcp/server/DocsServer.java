package dev.xanomcp.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import dev.xanomcp.stdio.Peer;
import dev.xanomcp.tools.Answer;
import dev.xanomcp.tools.Context;
import dev.xanomcp.tools.Naming;
import dev.xanomcp.tools.Schemas;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.ToolInputException;
import dev.xanomcp.tools.Tools;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.ResourceLink;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the server: the tools of {@link Tools}, the resources, prompts and completions over
 * the docs, the {@link Dispatcher} that owns the session, and the SDK's stateless server behind
 * it, which is built on a thread of its own so that the first answers do not wait for it.
 */
public final class DocsServer {
  private static final Logger LOG = LoggerFactory.getLogger(DocsServer.class);

  /**
   * Accepts every schema and value. The SDK would check the tools' schemas at start-up and every
   * structured result with a validator that loads some 250 classes; ours are fixed and checked by
   * the tests with that validator, so the server skips it and does not ship it.
   */
  static final JsonSchemaValidator TRUSTED_SCHEMAS = (schema, value) -> JsonSchemaValidator.ValidationResponse.asValid(null);

  private DocsServer() {}

  /**
   * The session of a server over {@code library}; hand it the messages read ({@link Peer}).
   * {@code send} writes the server's own requests to the client.
   */
  public static Session start(ObjectMapper json, Library library, Settings settings, Consumer<JSONRPCRequest> send) {
    return start(json, library, Tools.all(library), settings, send);
  }

  /** The session of a server with these {@code tools} (the tests add tools of their own). */
  static Session start(ObjectMapper json, Library library, List<Tool> tools, Settings settings, Consumer<JSONRPCRequest> send) {
    DocResources resources = new DocResources(library);
    List<SyncPromptSpecification> prompts = new Prompts(library, tools).all();
    Lists lists = new Lists(json, tools, resources, prompts);
    AtomicBoolean prepared = new AtomicBoolean();
    Dispatcher dispatcher = new Dispatcher(json, settings, lists, new Completions(library), () -> {
      if (prepared.compareAndSet(false, true)) {
        prepare(tools);
      }
    }, send);
    Thread sdk = new Thread(() -> {
      try {
        McpServer.sync(dispatcher)
            .jsonMapper(new JacksonMcpJsonMapper(json))
            .jsonSchemaValidator(TRUSTED_SCHEMAS)
            .serverInfo(Version.NAME, Version.VALUE)
            .instructions(lists.instructions())
            .capabilities(json.treeToValue(Dispatcher.CAPABILITIES, ServerCapabilities.class))
            .validateToolInputs(false)
            .immediateExecution(true)
            .tools(specs(json, tools))
            .resources(resources.specs())
            .resourceTemplates(resources.templates())
            .prompts(prompts)
            .build();
      } catch (JsonProcessingException | RuntimeException e) {
        LOG.error("the SDK's server did not start", e);
        dispatcher.sdkFailed(e);
      }
    }, "sdk-start");
    sdk.setDaemon(true);
    sdk.start();
    return dispatcher;
  }

  /** What the transport serves: the session's {@link Peer}, and how long end of input waits. */
  public interface Session extends Peer {
    Duration drain();
  }

  /**
   * Lets every tool prepare its first call, on a background thread of low priority. Called when the
   * client first lists the tools: the start-up is over, and it is about to call them.
   */
  private static void prepare(List<Tool> tools) {
    Thread thread = new Thread(() -> tools.forEach(tool -> {
      try {
        tool.prepare().run();
      } catch (RuntimeException e) {
        LOG.warn("{} could not prepare: {}", tool.name(), e.getMessage());
      }
    }), "prepare-tools");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  static List<SyncToolSpecification> specs(ObjectMapper json, List<Tool> tools) throws JsonProcessingException {
    ToolAnnotations annotations = json.treeToValue(Lists.ANNOTATIONS, ToolAnnotations.class);
    List<SyncToolSpecification> specs = new ArrayList<>();
    for (Tool tool : tools) {
      McpSchema.Tool described = McpSchema.Tool.builder(tool.name(), Schemas.input(tool.params()))
          .title(tool.title())
          .description(tool.description())
          .outputSchema(tool.output())
          .annotations(annotations)
          .build();
      specs.add(new SyncToolSpecification(described, (context, request) -> call(tool, context, request.arguments())));
    }
    return specs;
  }

  /**
   * Calls {@code tool}: its Markdown as text, with links to the resources it names, and its data
   * (if it has any) as {@code structuredContent}; a {@link ToolInputException} becomes an
   * {@code isError} result the model can act on; a bug is logged to stderr and reported without
   * internals. A call stopped by its client or its time limit ends here, with no result.
   */
  static CallToolResult call(Tool tool, McpTransportContext transport, Map<String, Object> arguments) {
    try {
      Answer answer = tool.call(arguments, Naming.MCP, context(transport));
      CallToolResult.Builder result = CallToolResult.builder().addTextContent(answer.markdown());
      for (String uri : answer.links()) {
        result.addContent(ResourceLink.builder().uri(uri).name(uri.substring(uri.indexOf("://") + 3)).mimeType(DocResources.MARKDOWN).build());
      }
      if (answer.data() != null) {
        result.structuredContent(answer.data());
      }
      return result.isError(false).build();
    } catch (ToolInputException e) {
      return error(e.getMessage());
    } catch (CancellationException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("{} failed", tool.name(), e);
      return error("Internal error in " + tool.name() + ". Please report it; other calls still work.");
    }
  }

  @SuppressWarnings("unchecked")
  private static Context context(McpTransportContext transport) {
    Object roots = transport.get(Dispatcher.CONTEXT);
    return roots == null ? Context.MCP : new Context(Call.MCP, (Supplier<Optional<List<Path>>>) roots);
  }

  private static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }
}
