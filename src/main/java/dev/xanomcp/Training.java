package dev.xanomcp;

import dev.xanomcp.docs.ApiCatalog;
import dev.xanomcp.docs.Library;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.server.DocResources;
import dev.xanomcp.server.DocsServer;
import dev.xanomcp.stdio.StdioTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted session of the real server with itself, over in-memory streams: what a JVM start-up
 * cache (AppCDS, AOT) is trained on, so that it holds the classes real sessions load. It never
 * touches stdin or stdout.
 */
final class Training {
  private Training() {}

  /** Runs the session; returns the number of replies the server wrote. */
  static int run() {
    ObjectMapper json = new ObjectMapper();
    Library library = Library.load(json);
    StringBuilder script = new StringBuilder();
    List<String> lines = new ArrayList<>();
    lines.add("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"training\",\"version\":\"1\"}}}");
    lines.add("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    lines.add(request("tools/list", "{}"));
    lines.add(request("resources/list", "{}"));
    for (ApiCatalog api : library.apis()) {
      for (String topic : api.names()) {
        for (String detail : List.of("summary", "full")) {
          lines.add(call(api.index().tool(), "{\"topic\":\"" + topic + "\",\"detail_level\":\"" + detail + "\"}"));
        }
      }
      lines.add(request("resources/read", "{\"uri\":\"" + DocResources.uri(api.index(), api.names().get(0)) + "\"}"));
    }
    for (ScriptTopic topic : library.xanoscript().topics()) {
      lines.add(call("xanoscript_docs", "{\"topic\":\"" + topic.name() + "\",\"mode\":\"quick_reference\"}"));
    }
    lines.add(call("xanoscript_docs", "{}"));
    lines.add(call("xanoscript_docs", "{\"file_path\":\"api/users/get.xs\"}"));
    lines.add(call("xanoscript_docs", "{\"topic\":\"syntax\"}"));
    lines.add(call("run_api_docs", "{\"topic\":\"sesion\"}"));
    lines.add(call("mcp_version", "{}"));
    lines.add(request("resources/read", "{\"uri\":\"xanoscript://docs/syntax\"}"));
    lines.add(request("ping", "{}"));
    lines.add("not json");
    for (int i = 0; i < lines.size(); i++) {
      script.append(lines.get(i).replace("\"id\":ID", "\"id\":" + (i + 1))).append('\n');
    }
    int[] replies = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        if (b == '\n') {
          replies[0]++;
        }
      }
    };
    JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(json);
    StdioTransport transport = new StdioTransport(mapper, new ByteArrayInputStream(script.toString().getBytes(StandardCharsets.UTF_8)), counter, () -> {});
    DocsServer.start(transport, mapper, library);
    transport.serve();
    return replies[0];
  }

  private static String request(String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":ID,\"method\":\"" + method + "\",\"params\":" + params + "}";
  }

  private static String call(String tool, String arguments) {
    return request("tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
  }
}
