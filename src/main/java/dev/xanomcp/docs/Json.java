package dev.xanomcp.docs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bundled topic files. Every failure names the file, so a broken file is found at once.
 * It reads with the server's one Jackson mapper: a second mapper would cost start-up time.
 */
final class Json {
  private final ObjectMapper mapper;

  Json(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Strict on purpose: an unknown key in a topic file is a typo, not something to skip. */
  <T> T read(String resource, Class<T> type) {
    try (InputStream in = open(resource)) {
      return mapper.readerFor(type)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** The JSON tree of a resource; trailing content is an error. */
  JsonNode tree(String resource) {
    try (InputStream in = open(resource)) {
      return mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /**
   * A text resource with LF line ends, whatever the checkout it was built from wrote: the
   * renderers look for "\n## " and a CRLF topic would answer differently or not at all.
   */
  static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Json.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("not found on the class path");
    }
    return in;
  }
}
