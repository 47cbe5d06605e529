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
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.ListResourcesResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceContents;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every topic as an MCP resource, {@code text/markdown}, at full detail:
 * {@code run-api://docs/<topic>}, {@code meta-api://docs/<topic>} and
 * {@code xanoscript://docs/<topic>}. Only these exact URIs exist, so a URI with {@code ..}, another
 * scheme or an unknown topic is simply not found.
 */
final class DocResources {
  static final String MARKDOWN = "text/markdown";

  private final List<SyncResourceSpecification> specs = new ArrayList<>();
  /** The place of each URI in the list: Run API, Meta API, XanoScript, each in index order. */
  private final Map<String, Integer> rank = new HashMap<>();

  DocResources(Library library) {
    for (ApiCatalog api : library.apis()) {
      ApiIndex index = api.index();
      for (ApiIndex.Entry entry : index.topics()) {
        String name = entry.name();
        add(uri(index, name), index.api() + "-api/" + name, index.title() + ": " + name, entry.about(),
            () -> ApiRenderer.render(index, api.find(name).orElseThrow(), Detail.FULL, true, Call.MCP));
      }
    }
    ScriptCatalog xanoscript = library.xanoscript();
    for (ScriptTopic topic : xanoscript.topics()) {
      add(uri(topic), "xanoscript/" + topic.name(), "XanoScript: " + topic.title(), topic.description(),
          () -> ScriptRenderer.topic(xanoscript, topic, Mode.FULL, Call.MCP));
    }
  }

  static String uri(ApiIndex api, String topic) {
    return api.api() + "-api://docs/" + topic;
  }

  static String uri(ScriptTopic topic) {
    return "xanoscript://docs/" + topic.name();
  }

  List<SyncResourceSpecification> specs() {
    return specs;
  }

  /** {@code message}, with the resources of a {@code resources/list} answer put in our order. */
  JSONRPCMessage ordered(JSONRPCMessage message) {
    if (message instanceof JSONRPCResponse response && response.result() instanceof ListResourcesResult list) {
      List<Resource> sorted = new ArrayList<>(list.resources());
      sorted.sort(Comparator.comparing(r -> rank.getOrDefault(r.uri(), Integer.MAX_VALUE)));
      ListResourcesResult result = new ListResourcesResult(sorted, list.nextCursor(), list.meta());
      return new JSONRPCResponse(response.jsonrpc(), response.id(), result, response.error());
    }
    return message;
  }

  private void add(String uri, String name, String title, String description, Supplier<String> text) {
    rank.put(uri, specs.size());
    Resource resource = Resource.builder(uri, name).title(title).description(description).mimeType(MARKDOWN).build();
    specs.add(new SyncResourceSpecification(resource, (exchange, request) -> {
      List<ResourceContents> contents = List.of(TextResourceContents.builder(uri, text.get()).mimeType(MARKDOWN).build());
      return ReadResourceResult.builder(contents).build();
    }));
  }
}
