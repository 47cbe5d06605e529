package dev.xanomcp.server;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.ApiRenderer;
import dev.xanomcp.render.Detail;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every topic as an MCP resource, {@code text/markdown}, at full detail:
 * {@code run-api://docs/<topic>}, {@code meta-api://docs/<topic>} and
 * {@code xanoscript://docs/<topic>}. Only these exact URIs exist, so a URI with {@code ..}, another
 * scheme or an unknown topic is simply not found.
 */
public final class DocResources {
  static final String MARKDOWN = "text/markdown";

  private DocResources() {}

  public static String uri(ApiIndex api, String topic) {
    return api.api() + "-api://docs/" + topic;
  }

  public static String uri(ScriptTopic topic) {
    return "xanoscript://docs/" + topic.name();
  }

  static List<SyncResourceSpecification> all(Library library) {
    List<SyncResourceSpecification> resources = new ArrayList<>();
    for (ApiCatalog api : library.apis()) {
      ApiIndex index = api.index();
      for (ApiIndex.Entry entry : index.topics()) {
        String name = entry.name();
        resources.add(resource(uri(index, name), index.title() + ": " + name, entry.about(),
            () -> ApiRenderer.render(index, api.find(name).orElseThrow(), Detail.FULL, true)));
      }
    }
    ScriptCatalog xanoscript = library.xanoscript();
    for (ScriptTopic topic : xanoscript.topics()) {
      resources.add(resource(uri(topic), "XanoScript: " + topic.title(), topic.description(),
          () -> ScriptRenderer.topic(xanoscript, topic, Mode.FULL)));
    }
    return resources;
  }

  private static SyncResourceSpecification resource(String uri, String title, String description, Supplier<String> text) {
    Resource resource = Resource.builder().uri(uri).name(uri.substring(uri.indexOf("://") + 3)).title(title).description(description).mimeType(MARKDOWN).build();
    return new SyncResourceSpecification(resource, (exchange, request) -> new ReadResourceResult(List.of(new TextResourceContents(uri, MARKDOWN, text.get()))));
  }
}
