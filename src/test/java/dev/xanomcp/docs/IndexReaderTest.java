package dev.xanomcp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexReaderTest {
  private static List<ScriptTopic> topics(String topic) throws Exception {
    String json = "{\"tool\": \"xanoscript_docs\", \"topics\": [" + topic + "]}";
    return new IndexReader("index.json").xanoscript(new ObjectMapper().readTree(json)).topics();
  }

  @Test
  void aDigestIsMarkedAndATopicIsNoneByDefault() throws Exception {
    assertTrue(topics("{\"name\": \"working\", \"title\": \"W\", \"description\": \"d\", \"digest\": true}").get(0).digest());
    assertFalse(topics("{\"name\": \"syntax\", \"title\": \"S\", \"description\": \"d\"}").get(0).digest());
  }

  @Test
  void aValueOfTheWrongTypeIsAnError() {
    Exception e = assertThrows(RuntimeException.class, () -> topics("{\"name\": \"w\", \"title\": \"W\", \"description\": \"d\", \"digest\": \"yes\"}"));
    assertTrue(e.getMessage().contains("digest is not true or false"), e.getMessage());
    e = assertThrows(RuntimeException.class, () -> topics("{\"name\": \"w\", \"title\": 7, \"description\": \"d\"}"));
    assertTrue(e.getMessage().contains("title is not a string"), e.getMessage());
    e = assertThrows(RuntimeException.class, () -> topics("{\"name\": \"w\", \"title\": \"W\", \"description\": \"d\", \"priority\": 1.5}"));
    assertTrue(e.getMessage().contains("priority is not a whole number"), e.getMessage());
  }

  @Test
  void anAbsentOrNullValueIsNone() throws Exception {
    assertEquals(null, topics("{\"name\": \"w\", \"title\": \"W\", \"description\": \"d\", \"priority\": null}").get(0).priority());
  }
}
