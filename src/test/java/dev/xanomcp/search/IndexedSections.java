package dev.xanomcp.search;

import java.util.Set;
import java.util.stream.Collectors;

/** What an index holds, named as the evaluation names expected answers: {@code api/topic#section}. */
public final class IndexedSections {
  private IndexedSections() {}

  /** Every section of {@code index} as {@code api/topic#section}, and every topic as {@code api/topic}. */
  public static Set<String> of(SearchIndex index) {
    return index.docs().stream().filter(d -> d.topic() != null)
        .flatMap(d -> java.util.stream.Stream.of(d.api() + "/" + d.topic(), d.api() + "/" + d.topic() + "#" + d.sectionId()))
        .collect(Collectors.toSet());
  }
}
