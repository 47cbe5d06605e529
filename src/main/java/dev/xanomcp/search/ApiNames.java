package dev.xanomcp.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a question may give the documented APIs: "Run API", "meta api", "the Xano CLI",
 * "XanoScript". Each API is known by its id followed by "api" ({@code meta api}), by its title
 * without "Xano" ({@code run api}, {@code cli}), and by the usual other names of those that are
 * documented ("metadata api", "command line", "terminal"). The language's own name is a weak
 * name: "the XanoScript of an endpoint, with the Meta API" is a Meta API question.
 */
final class ApiNames {
  /** Other names of an API, by its id; used only when the library documents that API. */
  private static final Map<String, List<String>> OTHER_NAMES = Map.of(
      "meta", List.of("metadata api", "api meta", "meta-api"),
      "run", List.of("api run", "run-api"),
      "cli", List.of("xano cli", "command line", "command-line", "terminal", "shell"),
      "xanoscript", List.of("xano script", "xanoscript"));

  /**
   * What a question says when it uses an API from outside Xano without naming it ("run it in
   * Xano's cloud from my Python script", "read the rows over HTTP"), by API id: such a question
   * leans to that API without leaving the others.
   */
  private static final Map<String, List<String>> LEANINGS = Map.of(
      "meta", List.of("admin api", "management api", "over http", "outside xano", "from a script", "from my script", "from my code",
          "programmatically", "with curl", "curl"),
      "run", List.of("xano's cloud", "in the cloud", "xano's servers", "from a script", "from my script", "from my code", "python script",
          "node script", "from ci", "remotely"));

  /** One name: its words, the API it names, and whether it names it strongly. */
  private record Name(List<String> words, String api, boolean strong) {}

  /** The APIs a question names and the positions of the words that name them. */
  record Found(Set<String> apis, Set<Integer> words) {}

  private final List<Name> names = new ArrayList<>();
  private final List<Name> leanings = new ArrayList<>();

  /**
   * The names of {@code apis} (id to title, as their indexes give them) and of the language,
   * whose id is {@code language}.
   */
  ApiNames(Map<String, String> apis, String language) {
    apis.forEach((id, title) -> {
      add(id + " api", id, true);
      add(title.replaceFirst("(?i)^xano\\s+", ""), id, true);
      OTHER_NAMES.getOrDefault(id, List.of()).forEach(name -> add(name, id, true));
    });
    OTHER_NAMES.getOrDefault(language, List.of()).forEach(name -> add(name, language, false));
    LEANINGS.forEach((id, phrases) -> {
      if (apis.containsKey(id)) {
        phrases.forEach(phrase -> leanings.add(new Name(words(phrase), id, false)));
      }
    });
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    Tokenizer.tokens(name, words::add);
    return List.copyOf(words);
  }

  /** The APIs {@code words} (a question's tokens, in order) describe using without naming them. */
  Set<String> leanings(List<String> words) {
    Set<String> apis = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (Name leaning : leanings) {
        if (at(words, i, leaning)) {
          apis.add(leaning.api());
        }
      }
    }
    return apis;
  }

  /** Whether {@code words} have the words of {@code name} from {@code i} on. */
  private static boolean at(List<String> words, int i, Name name) {
    int n = name.words().size();
    return i + n <= words.size() && words.subList(i, i + n).equals(name.words());
  }

  private void add(String name, String api, boolean strong) {
    List<String> words = words(name);
    if (!words.isEmpty() && names.stream().noneMatch(n -> n.words().equals(words))) {
      names.add(new Name(words, api, strong));
    }
  }

  /**
   * The APIs {@code words} (a question's tokens, in order) name: the strongly named ones if any,
   * else the weakly named ones; with the positions of the words that name them and of a "xano"
   * just before.
   */
  Found find(List<String> words) {
    Set<String> strong = new LinkedHashSet<>();
    Set<String> weak = new LinkedHashSet<>();
    Set<Integer> strongWords = new LinkedHashSet<>();
    Set<Integer> weakWords = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (Name name : names) {
        int n = name.words().size();
        if (at(words, i, name)) {
          (name.strong() ? strong : weak).add(name.api());
          Set<Integer> used = name.strong() ? strongWords : weakWords;
          for (int k = i; k < i + n; k++) {
            used.add(k);
          }
          if (i > 0 && words.get(i - 1).equals("xano")) {
            used.add(i - 1);
          }
        }
      }
    }
    // Next to a strong name the language's name is a word of the question: "the XanoScript of all
    // functions, with the Meta API" asks for the Meta API's xanoscript field.
    if (strong.isEmpty()) {
      return new Found(weak, weakWords);
    }
    return new Found(strong, strongWords);
  }
}
