package dev.xanomcp.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon ({@code search/lexicon.txt}): for each name the docs document (every name of the
 * engine's tables, the built-in variables, the main concepts of the Run API, Meta API and CLI), the
 * words programmers use for it elsewhere ("average" is {@code avg}, "api key" is {@code $env},
 * "upsert" is {@code db.add_or_edit}). Other languages' names the checker knows are added next to
 * these by whoever builds the index.
 */
public final class Synonyms {
  static final String RESOURCE = "search/lexicon.txt";
  /** Each name of the lexicon with the words used for it, in the file's order. */
  static final Map<String, List<String>> LEXICON = read(RESOURCE);
  /** Each word or phrase of the lexicon with the names it stands for. */
  public static final Map<String, List<String>> CONCEPTS = invert(LEXICON);

  private Synonyms() {}

  /** The lexicon in {@code resource}: lines {@code name: word, word, ...}; '#' starts a comment line. */
  static Map<String, List<String>> read(String resource) {
    try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** The lexicon in {@code text}; a line without ": " is an error, a name given twice too. */
  static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> lexicon = new LinkedHashMap<>();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon <= 0) {
        throw new IllegalStateException("lexicon line without \"name: words\": " + line);
      }
      String name = line.substring(0, colon).strip();
      List<String> words = new ArrayList<>();
      for (String word : line.substring(colon + 2).split(",")) {
        if (!word.isBlank()) {
          words.add(word.strip());
        }
      }
      if (lexicon.put(name, List.copyOf(words)) != null) {
        throw new IllegalStateException("lexicon names " + name + " twice");
      }
    }
    return Collections.unmodifiableMap(lexicon);
  }

  private static Map<String, List<String>> invert(Map<String, List<String>> lexicon) {
    Map<String, List<String>> concepts = new LinkedHashMap<>();
    lexicon.forEach((name, words) -> words.forEach(word -> {
      List<String> names = concepts.computeIfAbsent(word, w -> new ArrayList<>());
      if (!names.contains(name)) {
        names.add(name);
      }
    }));
    concepts.replaceAll((word, names) -> List.copyOf(names));
    return Collections.unmodifiableMap(concepts);
  }
}
