package dev.xanomcp.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.ApiTopic;
import dev.xanomcp.docs.Argument;
import dev.xanomcp.docs.Command;
import dev.xanomcp.docs.Endpoint;
import dev.xanomcp.docs.Example;
import dev.xanomcp.docs.Field;
import dev.xanomcp.docs.Flag;
import dev.xanomcp.docs.Parameter;
import dev.xanomcp.docs.Pattern;
import dev.xanomcp.docs.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders an API topic as Markdown: a Run or Meta API topic (endpoints, schemas) or a CLI topic
 * (commands with their flags). A pure function of its arguments.
 */
public final class ApiRenderer {
  /** How the line that ends a topic with the names of its related topics begins. */
  public static final String RELATED_TOPICS = "Related topics: ";

  private ApiRenderer() {}

  public static String render(ApiIndex api, ApiTopic topic, Detail detail, boolean includeSchemas, Call.Style calls) {
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, topic.title());
    md.block(topic.summary());
    // The address and header belong to the topic's intro, before its concept sections.
    connection(api, md);
    if (detail == Detail.FULL) {
      md.block(topic.description());
    }
    if (detail == Detail.SUMMARY) {
      summaryBody(api, topic, calls, md);
    } else {
      fullBody(api, topic, includeSchemas, md);
    }
    return md.toString();
  }

  /** The topics of an API, one line each, and the call that reads one: the answer to a call without a topic. */
  public static String index(ApiIndex api, Call.Style calls) {
    MarkdownWriter md = new MarkdownWriter();
    md.heading(1, api.title() + ": topics");
    connection(api, md);
    md.block(api.topics().stream().map(e -> "- `" + e.name() + "`: " + e.about()).collect(Collectors.joining("\n")));
    String first = api.topics().get(0).name();
    md.block("Read one: " + calls.write(Call.of(api.tool(), Call.TOPIC, first)) + "; in short: "
        + calls.write(Call.of(api.tool(), Call.TOPIC, first, Call.DETAIL, "summary")) + ".");
    return md.toString();
  }

  /** The base URL and header of an HTTP API; nothing for a command-line tool. */
  private static void connection(ApiIndex api, MarkdownWriter md) {
    if (!api.http()) {
      return;
    }
    String note = api.baseUrlNote() == null ? "" : " (" + api.baseUrlNote() + ")";
    md.line("- Base URL: `" + api.baseUrl() + "`" + note);
    md.line("- Header: `" + api.authHeader() + "`");
  }

  /** One section of the full topic: {@code # Topic › Section}, the base URL and header, then the section. */
  public static String section(ApiIndex api, ApiTopic topic, String full, Section section) {
    String text = ScriptRenderer.sectionText(topic.title(), section, full);
    if (section.id().equals(Sections.INTRO)) {
      return text;
    }
    int heading = text.indexOf('\n');
    MarkdownWriter md = new MarkdownWriter().block(text.substring(0, heading));
    connection(api, md);
    return md.block(text.substring(heading + 1)).toString();
  }

  private static void summaryBody(ApiIndex api, ApiTopic topic, Call.Style calls, MarkdownWriter md) {
    Map<String, Integer> sizes = new HashMap<>();
    if (!topic.endpoints().isEmpty() || !topic.commands().isEmpty()) {
      String full = render(api, topic, Detail.FULL, true, calls);
      for (Section s : Sections.of(full)) {
        sizes.putIfAbsent(s.title(), Sections.bytes(s.text(full)));
      }
    }
    if (!topic.endpoints().isEmpty()) {
      md.heading(2, "Endpoints");
      for (Endpoint e : topic.endpoints()) {
        String heading = e.method() + " " + e.path();
        md.line("- `" + heading + "`: " + e.summary() + " (" + Budget.size(sizes.getOrDefault(heading, 0)) + ")");
      }
    }
    if (!topic.commands().isEmpty()) {
      md.heading(2, "Commands");
      for (Command c : topic.commands()) {
        md.line("- `" + c.name() + "`: " + c.summary() + " (" + Budget.size(sizes.getOrDefault(c.name(), 0)) + ")");
      }
    }
    if (!topic.patterns().isEmpty()) {
      md.heading(2, "Workflows");
      for (Pattern p : topic.patterns()) {
        md.line("- " + p.name() + ": " + p.description());
      }
    }
    related(topic, md);
    String rest = api.http() ? "Parameters, bodies, examples and schemas" : topic.commands().isEmpty() ? "The details, workflows and tips" : "Usage, flags, examples and tips";
    md.block(rest + ": " + calls.write(Call.of(api.tool(), Call.TOPIC, topic.topic(), Call.DETAIL, "full")) + ".");
    if (!topic.endpoints().isEmpty()) {
      Endpoint first = topic.endpoints().get(0);
      md.block("One endpoint: " + calls.write(Call.of(api.tool(), Call.TOPIC, topic.topic(), Call.SECTION, first.method() + " " + first.path())) + ".");
    }
    if (!topic.commands().isEmpty()) {
      md.block("One command: " + calls.write(Call.of(api.tool(), Call.TOPIC, topic.topic(), Call.SECTION, topic.commands().get(0).name())) + ".");
    }
  }

  private static void fullBody(ApiIndex api, ApiTopic topic, boolean includeSchemas, MarkdownWriter md) {
    // A command line's tips are the traps of its commands: they come before the commands, where
    // a reader cut short by a token budget still gets them.
    if (!api.http()) {
      tips(topic, md);
    }
    if (!topic.endpoints().isEmpty()) {
      md.heading(2, "Endpoints");
      topic.endpoints().forEach(e -> endpoint(e, md));
    }
    if (!topic.commands().isEmpty()) {
      md.heading(2, "Commands");
      topic.commands().forEach(c -> command(c, md));
    }
    if (!topic.examples().isEmpty()) {
      md.heading(2, "Examples");
      for (Example x : topic.examples()) {
        md.heading(3, x.title() == null ? x.request().method() + " " + x.request().path() : x.title());
        md.block(x.description());
        example(x, md);
      }
    }
    if (!topic.patterns().isEmpty()) {
      md.heading(2, "Workflows");
      topic.patterns().forEach(p -> pattern(p, api.http() ? "" : "sh", md));
    }
    if (includeSchemas && !topic.schemas().isEmpty()) {
      md.heading(2, "Schemas");
      for (Schema s : topic.schemas()) {
        md.heading(3, s.name());
        md.block(s.description());
        fields(s.properties(), 0, md);
      }
    }
    if (api.http()) {
      tips(topic, md);
    }
    related(topic, md);
  }

  private static void tips(ApiTopic topic, MarkdownWriter md) {
    if (!topic.aiHints().isEmpty()) {
      md.heading(2, "Tips");
      topic.aiHints().forEach(h -> md.line("- " + h));
    }
  }

  /** A command: what it does, its usage, arguments and every flag with its facts, and one example. */
  private static void command(Command c, MarkdownWriter md) {
    md.heading(3, c.name());
    md.block(c.summary());
    md.block(c.description());
    md.block("Usage: `" + c.usage() + "`");
    if (!c.args().isEmpty()) {
      md.block("Arguments:");
      for (Argument a : c.args()) {
        md.line("- `<" + a.name() + ">`" + (a.required() ? " (required)" : "") + ": " + a.description());
      }
    }
    if (!c.flags().isEmpty()) {
      md.block("Flags:");
      for (Flag f : c.flags()) {
        List<String> facts = new ArrayList<>();
        facts.add(f.type());
        if (f.required()) {
          facts.add("required");
        }
        if (f.defaultValue() != null) {
          facts.add("default " + code(f.defaultValue()));
        }
        String names = code("--" + f.name()) + (f.shortName() == null ? "" : ", " + code("-" + f.shortName()));
        md.line("- " + names + " (" + String.join(", ", facts) + "): " + f.description());
      }
    }
    if (c.example() != null) {
      md.code("sh", c.example());
    }
  }

  private static void endpoint(Endpoint e, MarkdownWriter md) {
    md.heading(3, e.method() + " " + e.path());
    md.block(e.summary());
    md.block(e.description());
    if (!e.parameters().isEmpty()) {
      md.block("Parameters:");
      for (Parameter p : e.parameters()) {
        List<String> facts = new ArrayList<>();
        facts.add(p.type());
        facts.add(p.location());
        facts.addAll(qualifiers(p.required(), null, p.defaultValue(), p.allowed()));
        md.line("- `" + p.name() + "` (" + String.join(", ", facts) + "): " + p.description());
      }
    }
    if (e.requestBody() != null) {
      Endpoint.RequestBody body = e.requestBody();
      md.block(join("Body (`" + body.contentType() + "`):", body.description()));
      fields(body.properties(), 0, md);
      if (body.example() != null) {
        md.block("Body example:");
        md.code("json", JsonText.format(body.example()));
      }
    }
    if (e.response() != null) {
      md.block(join("Response:", e.response().description()));
      fields(e.response().properties(), 0, md);
    }
    if (e.example() != null) {
      md.block("Example:");
      example(e.example(), md);
    }
  }

  private static void example(Example x, MarkdownWriter md) {
    Example.Request r = x.request();
    StringBuilder http = new StringBuilder(r.method()).append(' ').append(r.path());
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      http.append('\n').append(h.getKey()).append(": ").append(h.getValue());
    }
    if (r.body() != null) {
      http.append("\n\n").append(text(r.body()));
    }
    md.code("http", http.toString());
    if (x.response() != null) {
      md.block("Response:");
      md.code(x.response().isTextual() ? "" : "json", text(x.response()));
    }
  }

  private static void pattern(Pattern p, String language, MarkdownWriter md) {
    md.heading(3, p.name());
    md.block(p.description());
    for (int i = 0; i < p.steps().size(); i++) {
      md.line((i + 1) + ". " + p.steps().get(i));
    }
    if (p.example() != null) {
      md.code(language, p.example());
    }
  }

  private static void fields(List<Field> fields, int depth, MarkdownWriter md) {
    String indent = "  ".repeat(depth);
    for (Field f : fields) {
      StringBuilder line = new StringBuilder(indent).append("- `").append(f.name()).append('`');
      if (f.type() == null) {
        String values = f.allowed().isEmpty() ? code(f.example()) : codes(f.allowed());
        line.append(": ").append(values);
        if (f.description() != null) {
          line.append(" (").append(f.description()).append(')');
        }
      } else {
        List<String> facts = new ArrayList<>();
        facts.add(f.type());
        facts.addAll(qualifiers(f.required(), f.format(), f.defaultValue(), f.allowed()));
        if (f.example() != null) {
          facts.add("e.g. " + code(f.example()));
        }
        line.append(" (").append(String.join(", ", facts)).append(')');
        if (f.description() != null) {
          line.append(": ").append(f.description());
        }
      }
      md.line(line.toString());
      fields(f.properties(), depth + 1, md);
    }
  }

  private static List<String> qualifiers(boolean required, String format, JsonNode defaultValue, List<String> allowed) {
    List<String> facts = new ArrayList<>();
    if (required) {
      facts.add("required");
    }
    if (format != null) {
      facts.add(format);
    }
    if (defaultValue != null) {
      facts.add("default " + code(text(defaultValue)));
    }
    if (!allowed.isEmpty()) {
      facts.add("one of " + codes(allowed));
    }
    return facts;
  }

  private static void related(ApiTopic topic, MarkdownWriter md) {
    if (!topic.relatedTopics().isEmpty()) {
      md.block(RELATED_TOPICS + codes(topic.relatedTopics()) + ".");
    }
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : JsonText.format(node);
  }

  private static String code(String value) {
    return "`" + value + "`";
  }

  private static String codes(List<String> values) {
    return values.stream().map(ApiRenderer::code).collect(Collectors.joining(", "));
  }

  private static String join(String label, String text) {
    return text == null ? label : label + " " + text;
  }
}
