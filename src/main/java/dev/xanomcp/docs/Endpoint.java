package dev.xanomcp.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One HTTP endpoint: method, path, what it does and what it takes. */
public record Endpoint(
    String method,
    String path,
    String summary,
    String description,
    List<Parameter> parameters,
    @JsonProperty("request_body") RequestBody requestBody,
    Response response,
    Example example) {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public Endpoint {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(summary, "summary == null");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown method " + method);
    }
    parameters = Lists.copy(parameters);
  }

  /** Where a request body goes and what it holds. */
  public record RequestBody(@JsonProperty("content_type") String contentType, String description, List<Field> properties, JsonNode example) {
    public RequestBody {
      Objects.requireNonNull(contentType, "contentType == null");
      properties = Lists.copy(properties);
    }
  }

  /** The answer of an endpoint whose result is not one of the topic's schemas. */
  public record Response(String description, List<Field> properties) {
    public Response {
      properties = Lists.copy(properties);
    }
  }
}
