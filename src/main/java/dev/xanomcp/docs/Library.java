package dev.xanomcp.docs;

import java.util.List;
import java.util.Objects;

/** Everything the server documents: the Run API and the Meta API. */
public record Library(ApiCatalog run, ApiCatalog meta) {

  public Library {
    Objects.requireNonNull(run, "run == null");
    Objects.requireNonNull(meta, "meta == null");
  }

  /** Reads the indexes; topics are read when first asked for. */
  public static Library load() {
    return new Library(ApiCatalog.load("run"), ApiCatalog.load("meta"));
  }

  public List<ApiCatalog> apis() {
    return List.of(run, meta);
  }
}
