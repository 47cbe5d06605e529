package dev.xanomcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final List<String> ACCEPTED = List.of("topic", "include_schemas");

  @Test
  void readsStringsAndBooleans() {
    Arguments args = new Arguments(Map.of("topic", "run", "include_schemas", false), ACCEPTED);
    assertEquals(Optional.of("run"), args.string("topic"));
    assertEquals(Optional.of(false), args.bool("include_schemas"));
  }

  @Test
  void absentAndNullAreEmpty() {
    Map<String, Object> values = new HashMap<>();
    values.put("topic", null);
    Arguments args = new Arguments(values, ACCEPTED);
    assertEquals(Optional.empty(), args.string("topic"));
    assertEquals(Optional.empty(), args.bool("include_schemas"));
    assertEquals(Optional.empty(), new Arguments(null, ACCEPTED).string("topic"));
  }

  @Test
  void booleanStringsAreRead() {
    assertEquals(Optional.of(true), new Arguments(Map.of("include_schemas", "true"), ACCEPTED).bool("include_schemas"));
  }

  @Test
  void wrongTypesAreExplained() {
    assertEquals("'topic' must be a string, got an array.",
        assertThrows(ToolInputException.class, () -> new Arguments(Map.of("topic", List.of()), ACCEPTED).string("topic")).getMessage());
    assertEquals("'topic' must be a string, got an object.",
        assertThrows(ToolInputException.class, () -> new Arguments(Map.of("topic", Map.of()), ACCEPTED).string("topic")).getMessage());
    assertEquals("'include_schemas' must be true or false, got the number 1.",
        assertThrows(ToolInputException.class, () -> new Arguments(Map.of("include_schemas", 1), ACCEPTED).bool("include_schemas")).getMessage());
  }

  @Test
  void unknownArgumentsAreNamed() {
    assertEquals("Unknown argument 'topics'. This tool takes: topic, include_schemas.",
        assertThrows(ToolInputException.class, () -> new Arguments(Map.of("topics", "run"), ACCEPTED)).getMessage());
    assertEquals("This tool takes no arguments; remove 'x'.",
        assertThrows(ToolInputException.class, () -> new Arguments(Map.of("x", 1), List.of())).getMessage());
  }
}
