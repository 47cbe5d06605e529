package dev.xanomcp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions asked about the docs, each with the sections that answer it ({@code
 * search/questions.json}): the words people use for what a section covers, which its own text
 * often lacks ("keep the result around for a few minutes" for a cache). A section is also found by
 * the words of the questions it answers, as a search learns from the questions it was asked.
 */
public final class Asked {
  /** The questions the server ships, in the evaluation's format: {@code q}, {@code expect}, {@code kind}. */
  public static final String RESOURCE = "search/questions.json";

  /** One question and the sections that answer it, as {@code api/topic#section}. */
  public record Question(String text, List<String> sections) {}

  private Asked() {}

  /** The questions of {@link #RESOURCE}. */
  public static List<Question> load() {
    try (InputStream in = Asked.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  /** The questions of a JSON array of {@code {"q": text, "expect": [section, ...]}}; any other shape is an error. */
  static List<Question> parse(InputStream in) throws IOException {
    JsonNode all = new ObjectMapper().readTree(in);
    if (all == null || !all.isArray()) {
      throw new IllegalStateException(RESOURCE + ": not a JSON array");
    }
    List<Question> questions = new ArrayList<>();
    for (JsonNode node : all) {
      List<String> sections = new ArrayList<>();
      node.path("expect").forEach(section -> sections.add(section.isTextual() ? section.asText() : null));
      if (!node.path("q").isTextual() || !node.path("expect").isArray() || sections.isEmpty() || sections.contains(null)) {
        throw new IllegalStateException(RESOURCE + ": a question needs a text \"q\" and the texts of its sections in \"expect\": " + node);
      }
      questions.add(new Question(node.path("q").asText(), List.copyOf(sections)));
    }
    return List.copyOf(questions);
  }

  /** The text of the questions each section answers, by {@code api/topic#section}. */
  static Map<String, String> bySection(List<Question> questions) {
    Map<String, String> text = new LinkedHashMap<>();
    for (Question question : questions) {
      question.sections().forEach(section -> text.merge(section, question.text(), (a, b) -> a + "\n" + b));
    }
    return text;
  }
}
