package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/** Everything the server documents: the Run API, the Meta API and the XanoScript language. */
public record Library(ApiCatalog run, ApiCatalog meta, ScriptCatalog xanoscript) {

  public Library {
    Objects.requireNonNull(run, "run == null");
    Objects.requireNonNull(meta, "meta == null");
    Objects.requireNonNull(xanoscript, "xanoscript == null");
  }

  /** Reads the indexes; topics are read when first asked for. */
  public static Library load() {
    return new Library(ApiCatalog.load("run"), ApiCatalog.load("meta"), ScriptCatalog.load());
  }

  public List<ApiCatalog> apis() {
    return List.of(run, meta);
  }
}
