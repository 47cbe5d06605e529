package dev.xanomcp.server;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ListResourceTemplatesResult;
import io.modelcontextprotocol.spec.McpSchema.ListResourcesResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceContents;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every topic as an MCP resource, {@code text/markdown}, at full detail:
 * {@code run-api://docs/<topic>}, {@code meta-api://docs/<topic>}, {@code cli://docs/<topic>} and
 * {@code xanoscript://docs/<topic>}, listed one by one (some clients read only concrete
 * resources) and as four templates ({@code xanoscript://docs/{topic}}...), whose {@code topic}
 * clients can complete. Only these exact URIs exist, so a URI with {@code ..}, another scheme or
 * an unknown topic is simply not found.
 */
public final class DocResources {
  static final String MARKDOWN = "text/markdown";

  private final List<SyncResourceSpecification> specs = new ArrayList<>();
  private final List<SyncResourceTemplateSpecification> templates = new ArrayList<>();

  DocResources(Library library) {
    for (ApiCatalog api : library.apis()) {
      ApiIndex index = api.index();
      for (ApiIndex.Entry entry : index.topics()) {
        String name = entry.name();
        add(uri(index, name), index.scheme() + "/" + name, index.title() + ": " + name, entry.about(),
            () -> ApiRenderer.render(index, api.find(name).orElseThrow(), Detail.FULL, true, Call.MCP));
      }
    }
    ScriptCatalog xanoscript = library.xanoscript();
    for (ScriptTopic topic : xanoscript.topics()) {
      add(uri(topic), "xanoscript/" + topic.name(), "XanoScript: " + topic.title(), topic.description(),
          () -> ScriptRenderer.topic(xanoscript, topic, Mode.FULL, Call.MCP));
    }
    for (ApiCatalog api : library.apis()) {
      template(api.index().scheme(), api.index().title(), "One topic of the " + api.index().title() + " docs: " + String.join(", ", api.names()) + ".");
    }
    template("xanoscript", "XanoScript", "One topic of the XanoScript docs, by name (the no-argument xanoscript_docs call lists them).");
  }

  /** The template of a scheme's resources: {@code xanoscript://docs/{topic}}. */
  static String template(String scheme) {
    return scheme + "://docs/{topic}";
  }

  /**
   * A template whose reads go to the concrete resource of that URI: the SDK tries concrete
   * resources first, so a URI that reaches the template is not one of ours.
   */
  private void template(String scheme, String title, String description) {
    ResourceTemplate template = ResourceTemplate.builder(template(scheme), scheme + "/docs")
        .title(title + " topic")
        .description(description)
        .mimeType(MARKDOWN)
        .build();
    templates.add(new SyncResourceTemplateSpecification(template, (context, request) -> {
      throw McpError.RESOURCE_NOT_FOUND.apply(request.uri());
    }));
  }

  List<SyncResourceTemplateSpecification> templates() {
    return templates;
  }

  /** The {@code resources/templates/list} answer, in our order. */
  ListResourceTemplatesResult templateList() {
    return ListResourceTemplatesResult.builder(templates.stream().map(SyncResourceTemplateSpecification::resourceTemplate).toList()).build();
  }

  public static String uri(ApiIndex api, String topic) {
    return api.scheme() + "://docs/" + topic;
  }

  public static String uri(ScriptTopic topic) {
    return "xanoscript://docs/" + topic.name();
  }

  List<SyncResourceSpecification> specs() {
    return specs;
  }

  /** The {@code resources/list} answer: every resource in our order (the SDK's is a hash map's). */
  ListResourcesResult list() {
    return ListResourcesResult.builder(specs.stream().map(SyncResourceSpecification::resource).toList()).build();
  }

  private void add(String uri, String name, String title, String description, Supplier<String> text) {
    Resource resource = Resource.builder(uri, name).title(title).description(description).mimeType(MARKDOWN).meta(Version.DOCS).build();
    specs.add(new SyncResourceSpecification(resource, (context, request) -> {
      List<ResourceContents> contents = List.of(TextResourceContents.builder(uri, text.get()).mimeType(MARKDOWN).build());
      return ReadResourceResult.builder(contents).build();
    }));
  }
}
