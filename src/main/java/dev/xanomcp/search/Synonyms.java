package dev.xanomcp.search;

import java.util.List;
import java.util.Map;

/**
 * Plain words a question uses for a concept, and the names the docs use for it: "iterate" is
 * {@code foreach}, "log in" is {@code create_auth_token}. Other languages' names of filters,
 * types and statements come from the checker's vocabulary and are added next to these.
 */
public final class Synonyms {
  public static final Map<String, List<String>> CONCEPTS = Map.ofEntries(
      Map.entry("characters", List.of("strlen")),
      Map.entry("chars", List.of("strlen")),
      Map.entry("loop", List.of("foreach", "for", "while")),
      Map.entry("iterate", List.of("foreach")),
      Map.entry("login", List.of("create_auth_token", "auth")),
      Map.entry("log", List.of("debug.log")),
      Map.entry("signin", List.of("create_auth_token", "auth")),
      Map.entry("remove", List.of("unset", "remove")),
      Map.entry("if", List.of("conditional", "elseif")),
      Map.entry("else", List.of("elseif", "conditional")),
      Map.entry("cache", List.of("redis")),
      Map.entry("cron", List.of("schedule", "task")),
      Map.entry("http", List.of("api.request")),
      Map.entry("fetch", List.of("api.request")),
      Map.entry("fallback", List.of("first_notnull")),
      Map.entry("exception", List.of("throw", "try_catch")),
      Map.entry("environment", List.of("env")),
      Map.entry("upload", List.of("file", "storage.create_attachment")),
      Map.entry("elements", List.of("count")),
      Map.entry("many", List.of("count")),
      Map.entry("hash", List.of("create_password", "check_password")),
      Map.entry("concatenate", List.of("concatenation")),
      Map.entry("early", List.of("return")),
      Map.entry("states", List.of("state")),
      Map.entry("repeat", List.of("for", "loop")),
      Map.entry("paginate", List.of("paging", "per_page")),
      Map.entry("pagination", List.of("paging", "per_page")),
      Map.entry("join", List.of("concatenates")),
      Map.entry("expire", List.of("ttl")),
      Map.entry("expiry", List.of("ttl")),
      Map.entry("ttl", List.of("expiration", "expiry")));

  private Synonyms() {}
}
