package dev.xanomcp.render;

import java.util.List;
import java.util.Objects;

/**
 * One section of a Markdown document: a heading (level 1 to 3) and what follows it. {@code
 * ownEnd} is where the next heading of any level starts, {@code end} where the next heading of
 * the same or a higher level starts, so {@code [start, end)} holds the subsections too. The
 * section before the first level-2 heading, under the document's title, has the id {@value
 * Sections#INTRO}.
 *
 * @param id unique in its document; what {@code section} arguments and search hits name
 * @param path the titles from the document's first subsection level down to this one
 */
public record Section(String id, String title, int level, List<String> path, int start, int bodyStart, int ownEnd, int end) {
  public Section {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    path = List.copyOf(path);
  }

  /** The section's text with its subsections, heading included. */
  public String text(String document) {
    return document.substring(start, end);
  }

  /** The section's own text, up to its first subsection, without its heading. */
  public String ownBody(String document) {
    return document.substring(bodyStart, ownEnd);
  }

  /** The heading path as people read it: {@code db.query › Paging}. */
  public String breadcrumb() {
    return String.join(" › ", path);
  }
}
