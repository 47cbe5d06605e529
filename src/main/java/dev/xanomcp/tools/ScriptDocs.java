package dev.xanomcp.tools;

import dev.xanomcp.docs.ScriptCatalog;
import dev.xanomcp.docs.ScriptTopic;
import dev.xanomcp.render.Call;
import dev.xanomcp.render.Mode;
import dev.xanomcp.render.ScriptRenderer;
import dev.xanomcp.render.Section;
import dev.xanomcp.render.Sections;
import dev.xanomcp.server.DocResources;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code xanoscript_docs}: the XanoScript language reference, by topic or by the file being edited. */
public final class ScriptDocs {
  static final String TOPIC = Call.TOPIC;
  static final String FILE = Call.FILE_PATH;
  static final String MODE = Call.MODE;
  /** The longest path accepted; longer ones are not paths any system uses. */
  public static final int PATH_CAP = 4096;
  private static final Pattern CODE_SPAN = Pattern.compile("`([a-z][a-z/-]*)`");

  private final ScriptCatalog catalog;

  private ScriptDocs(ScriptCatalog catalog) {
    this.catalog = catalog;
  }

  public static Tool tool(ScriptCatalog catalog) {
    ScriptDocs docs = new ScriptDocs(catalog);
    String name = catalog.tool();
    List<Param> params = List.of(
        Param.text(TOPIC, "name or alias; no arguments lists them", Param.NAME_CAP),
        Param.text(FILE, "e.g. api/users/get.xs", PATH_CAP),
        Param.choice(MODE, null, Mode.NAMES).byDefault("full"),
        Sectioned.section(),
        Sectioned.maxTokens("budget; cuts at sections; file_path: " + ScriptRenderer.FILE_TOKENS));
    return new Tool(name, "XanoScript",
        "XanoScript (.xs) language reference; read it before writing XanoScript, whose syntax is strict. "
            + "file_path: the topics for the file you edit, most important first. topic (+ section): one topic or section. "
            + "No arguments: the topic list. mode quick_reference: cheat sheets.",
        "Before writing XanoScript (.xs), call " + name + " with the file's path.",
        params, null, new Tool.Cli("docs xanoscript", TOPIC, catalog.names()),
        List.of(
            Map.of(),
            Map.of(TOPIC, "syntax"),
            Map.of(TOPIC, "db", MODE, "quick_reference"),
            Map.of(TOPIC, "syntax", Sectioned.SECTION, "intro"),
            Map.of(TOPIC, "database", Sectioned.MAX_TOKENS, 1000),
            Map.of(FILE, "api/users/get.xs"),
            Map.of(FILE, "function/utils/format.xs", MODE, "quick_reference")),
        () -> {}, docs::answer);
  }

  private Answer answer(Args args, Context context) {
    Mode mode = Mode.parse(args.text(MODE).orElseThrow()).orElseThrow();
    if (args.has(TOPIC) && args.has(FILE)) {
      throw new ToolInputException("Pass either " + args.name(TOPIC) + " or " + args.name(FILE) + ", not both: " + args.name(FILE) + " already returns every topic for that file.");
    }
    if (args.has(Sectioned.SECTION) && !args.has(TOPIC)) {
      throw new ToolInputException(args.name(Sectioned.SECTION) + " needs a " + args.name(TOPIC) + ": e.g. {\"topic\": \"database\", \"section\": \"db.query\"}.");
    }
    Call.Style calls = context.calls();
    if (args.has(TOPIC)) {
      String name = args.text(TOPIC).orElseThrow();
      ScriptTopic topic = catalog.find(name).orElseThrow(() -> new ToolInputException(Sectioned.unknownTopic(name, catalog.names())));
      String markdown;
      if (args.has(Sectioned.SECTION)) {
        Section section = Sectioned.find(Sections.of(catalog.body(topic)), args.text(Sectioned.SECTION).orElseThrow(), topic.name());
        markdown = ScriptRenderer.section(catalog, topic, section);
      } else {
        markdown = ScriptRenderer.topic(catalog, topic, mode, calls);
      }
      String kept = Sectioned.within(markdown, Sectioned.budget(args), id -> Call.of(catalog.tool(), TOPIC, topic.name(), Sectioned.SECTION, id), calls);
      return Answer.text(kept).withLinks(named(markdown, topic));
    }
    if (args.has(FILE)) {
      String path = args.text(FILE).orElseThrow();
      if (path.isBlank()) {
        throw new ToolInputException(args.name(FILE) + " is empty. Pass the path of the file you are editing, e.g. api/users/get.xs.");
      }
      ScriptRenderer.FileAnswer answer = ScriptRenderer.forFile(catalog, path, mode, Sectioned.budget(args).orElse(ScriptRenderer.FILE_TOKENS), calls);
      return Answer.text(answer.markdown()).withLinks(answer.leftOut().stream().map(DocResources::uri).toList());
    }
    return Answer.text(ScriptRenderer.index(catalog, calls));
  }

  /** The resources of the other topics {@code markdown} names in code spans, at most ten, in order. */
  private List<String> named(String markdown, ScriptTopic self) {
    Set<String> uris = new LinkedHashSet<>();
    Matcher code = CODE_SPAN.matcher(markdown);
    while (code.find() && uris.size() < 10) {
      catalog.topics().stream()
          .filter(t -> t.name().equals(code.group(1)) && t != self)
          .findFirst()
          .ifPresent(t -> uris.add(DocResources.uri(t)));
    }
    return List.copyOf(uris);
  }
}
