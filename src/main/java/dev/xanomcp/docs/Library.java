package dev.xanomcp.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/** Everything the server documents: the Run API, the Meta API, the CLI and the XanoScript language. */
public record Library(ApiCatalog run, ApiCatalog meta, ApiCatalog cli, ScriptCatalog xanoscript) {

  public Library {
    Objects.requireNonNull(run, "run == null");
    Objects.requireNonNull(meta, "meta == null");
    Objects.requireNonNull(cli, "cli == null");
    Objects.requireNonNull(xanoscript, "xanoscript == null");
  }

  /** Reads the indexes with a mapper of its own; topics are read when first asked for. */
  public static Library load() {
    return load(new ObjectMapper());
  }

  /** Reads the indexes with {@code mapper}, the one the server also speaks JSON-RPC with. */
  public static Library load(ObjectMapper mapper) {
    return new Library(ApiCatalog.load("run", mapper), ApiCatalog.load("meta", mapper), ApiCatalog.load("cli", mapper), ScriptCatalog.load(mapper));
  }

  /** The catalogs of the record model ({@link ApiTopic}), in the order clients see them. */
  public List<ApiCatalog> apis() {
    return List.of(run, meta, cli);
  }
}
