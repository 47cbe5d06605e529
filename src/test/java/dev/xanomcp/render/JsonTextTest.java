package dev.xanomcp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String format(String json) throws Exception {
    return JsonText.format(JSON.readTree(json));
  }

  @Test
  void keepsShortValuesOnOneLine() throws Exception {
    assertEquals("{\"id\": 1, \"tags\": [\"a\", \"b\"], \"ok\": true, \"none\": null}", format("{\"id\":1,\"tags\":[\"a\",\"b\"],\"ok\":true,\"none\":null}"));
    assertEquals("[]", format("[]"));
    assertEquals("\"text\"", format("\"text\""));
  }

  @Test
  void indentsWhatIsTooWide() throws Exception {
    String wide = "{\"first\":\"" + "x".repeat(40) + "\",\"second\":{\"inner\":\"" + "y".repeat(50) + "\"},\"list\":[1,2]}";
    assertEquals(
        "{\n  \"first\": \"" + "x".repeat(40) + "\",\n  \"second\": {\"inner\": \"" + "y".repeat(50) + "\"},\n  \"list\": [1, 2]\n}",
        format(wide));
  }

  @Test
  void escapesStrings() throws Exception {
    assertEquals("{\"doc\": \"line\\none \\\"quoted\\\"\"}", format("{\"doc\":\"line\\none \\\"quoted\\\"\"}"));
  }
}
