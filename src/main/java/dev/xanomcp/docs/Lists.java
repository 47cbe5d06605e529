package dev.xanomcp.docs;

import java.util.List;

/** Absent lists in topic files mean empty lists. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
