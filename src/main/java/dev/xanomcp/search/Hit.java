package dev.xanomcp.search;

import dev.xanomcp.render.Call;
import java.util.Objects;

/**
 * One search result: where it is ({@code api}, {@code topic}, the {@code section} id), its heading
 * path as {@code title}, a {@code snippet} around the matched words, and the {@code call} that
 * reads that section.
 */
public record Hit(String api, String topic, String section, String title, String snippet, Call call, int bytes) {
  public Hit {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(section, "section == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(snippet, "snippet == null");
    Objects.requireNonNull(call, "call == null");
  }
}
