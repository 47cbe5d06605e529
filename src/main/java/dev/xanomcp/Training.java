package dev.xanomcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xanomcp.docs.Library;
import dev.xanomcp.server.Settings;
import dev.xanomcp.server.DocsServer;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.Tools;
import dev.xanomcp.stdio.StdioTransport;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scripted session of the real server with itself, over in-memory streams: what a JVM start-up
 * cache (AppCDS, AOT) is trained on, so that it holds the classes real sessions load. It runs
 * every tool's examples, a mistake per tool, the resource and protocol requests clients send, and
 * a malformed line. It never touches stdin or stdout.
 */
final class Training {
  private Training() {}

  /** Runs the session; returns the number of replies the server wrote. */
  static int run() {
    ObjectMapper json = new ObjectMapper();
    Library library = Library.load(json);
    List<ObjectNode> requests = new ArrayList<>();
    requests.add(request(json, "tools/list"));
    requests.add(request(json, "resources/list"));
    for (String uri : List.of("run-api://docs/start", "meta-api://docs/table", "xanoscript://docs/syntax")) {
      requests.add(request(json, "resources/read").set("params", json.createObjectNode().put("uri", uri)));
    }
    for (Tool tool : Tools.all(library)) {
      for (Map<String, Object> arguments : tool.examples()) {
        requests.add(call(json, tool.name(), arguments));
      }
      requests.add(call(json, tool.name(), Map.of("no_such_argument", true)));
    }
    requests.add(request(json, "ping"));
    StringBuilder script = new StringBuilder();
    script.append("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"training\",\"version\":\"1\"}}}\n");
    script.append("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
    for (int i = 0; i < requests.size(); i++) {
      script.append(requests.get(i).put("id", i + 1)).append('\n');
    }
    script.append("not json\n");
    int[] replies = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        if (b == '\n') {
          replies[0]++;
        }
      }
    };
    Settings settings = Settings.current();
    StdioTransport transport = new StdioTransport(json, new ByteArrayInputStream(script.toString().getBytes(StandardCharsets.UTF_8)), counter,
        settings.stall(), stuck -> {});
    DocsServer.Session session = DocsServer.start(json, library, settings, transport::send);
    transport.serve(session, session.drain());
    return replies[0];
  }

  private static ObjectNode request(ObjectMapper json, String method) {
    return json.createObjectNode().put("jsonrpc", "2.0").put("method", method);
  }

  private static ObjectNode call(ObjectMapper json, String tool, Map<String, Object> arguments) {
    ObjectNode params = json.createObjectNode().put("name", tool);
    params.set("arguments", json.valueToTree(arguments));
    return request(json, "tools/call").set("params", params);
  }
}
