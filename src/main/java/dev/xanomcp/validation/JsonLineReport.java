package dev.xanomcp.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/** The line {@code check --json} prints for one file: one JSON object, the tool's data of that file. */
public final class JsonLineReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLineReport() {}

  public static String line(String shown, FileResult result) {
    Map<String, Object> file = StructuredReport.file(result);
    file.put("path", shown);
    try {
      return JSON.writeValueAsString(file);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
