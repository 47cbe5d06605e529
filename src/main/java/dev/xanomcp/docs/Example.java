package dev.xanomcp.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A request, optionally titled and explained, with the response it gets. */
public record Example(String title, String description, Request request, JsonNode response) {

  public Example {
    Objects.requireNonNull(request, "request == null");
  }

  /** The HTTP request of an example; the path is relative to the API's base URL. */
  public record Request(String method, String path, Map<String, String> headers, JsonNode body) {
    public Request {
      Objects.requireNonNull(method, "method == null");
      Objects.requireNonNull(path, "path == null");
      headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
  }
}
