package dev.xanomcp.server;

import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The prompts: the work assistants do most, packaged with the docs it needs. Clients such as
 * Claude Code turn them into slash commands. Each is built from the tools' own answers, so it
 * says what the tools say.
 */
final class Prompts {
  static final String WRITE_XANOSCRIPT = "write_xanoscript";
  static final String CALL_META_API = "call_meta_api";
  static final String RUN_JOB = "run_job";

  private final Library library;
  private final List<DocTool> tools;

  Prompts(Library library, List<DocTool> tools) {
    this.library = library;
    this.tools = tools;
  }

  List<SyncPromptSpecification> all() {
    return List.of(
        prompt(WRITE_XANOSCRIPT, "Write XanoScript",
            "Write or change a .xs file: the quick reference for that file, the rules that trip assistants most, then check the code.",
            List.of(argument("file_path", "the .xs file, e.g. api/users/get.xs", true), argument("task", "what the code should do", true)),
            this::writeXanoscript),
        prompt(CALL_META_API, "Call the Meta API",
            "Manage a Xano workspace over HTTP: authentication, base URL and the topics to read for your goal.",
            List.of(argument("goal", "what to do, e.g. add a field to a table", true), argument("topic", "a Meta API topic to start from", false)),
            this::callMetaApi),
        prompt(RUN_JOB, "Run a function as a job",
            "Run one function with the Run API: the job document and the calls that execute it and follow its session.",
            List.of(argument("function_name", "the function the job calls", true)),
            this::runJob));
  }

  private static PromptArgument argument(String name, String description, boolean required) {
    return PromptArgument.builder(name).description(description).required(required).build();
  }

  private static SyncPromptSpecification prompt(String name, String title, String description, List<PromptArgument> arguments,
      Function<Map<String, Object>, String> text) {
    Prompt prompt = Prompt.builder(name).title(title).description(description).arguments(arguments).build();
    return new SyncPromptSpecification(prompt, (exchange, request) -> {
      Map<String, Object> values = request.arguments() == null ? Map.of() : request.arguments();
      for (PromptArgument argument : arguments) {
        Object value = values.get(argument.name());
        if (argument.required() && (value == null || String.valueOf(value).isBlank())) {
          throw McpError.builder(ErrorCodes.INVALID_PARAMS).message("Prompt " + name + " needs the argument " + argument.name()).build();
        }
      }
      PromptMessage message = new PromptMessage(Role.USER, TextContent.builder(text.apply(values)).build());
      return GetPromptResult.builder(List.of(message)).description(description).build();
    });
  }

  private String writeXanoscript(Map<String, Object> values) {
    String path = String.valueOf(values.get("file_path"));
    DocTool docs = tool(ScriptDocsTool.class);
    String reference = answer(docs, Map.of(ScriptDocsTool.FILE, path, ScriptDocsTool.MODE, "quick_reference"));
    return "Task: " + values.get("task") + "\nFile: `" + path + "`\n\n"
        + "Below is the quick reference for this file (the rules that trip assistants most are in its essentials part). "
        + "Read a whole topic or section when you need more: " + Call.MCP.write(Call.of(docs.name(), "topic", "<topic>", "section", "<id>")) + ", or search: "
        + Call.MCP.write(Call.of(tool(SearchTool.class).name(), "query", "<words>")) + ".\n\n"
        + reference + "\n"
        + "Write the code as one construct per file. Before you answer, check it with "
        + Call.MCP.write(Call.of(tool(ValidateTool.class).name(), "code", "<the code>")) + " and fix every error it reports.\n";
  }

  private String callMetaApi(Map<String, Object> values) {
    ApiIndex meta = library.meta().index();
    String goal = String.valueOf(values.get("goal"));
    StringBuilder text = new StringBuilder("Goal: ").append(goal).append("\n\n");
    text.append("- Base URL: `").append(meta.baseUrl()).append("`");
    if (meta.baseUrlNote() != null) {
      text.append(" (").append(meta.baseUrlNote()).append(')');
    }
    text.append("\n- Header: `").append(meta.authHeader()).append("`\n\n");
    text.append(answer(tool(ApiDocsTool.class, meta.tool()), Map.of(ApiDocsTool.TOPIC, "authentication", ApiDocsTool.DETAIL, "summary"))).append('\n');
    Object topic = values.get("topic");
    if (topic != null && !String.valueOf(topic).isBlank()) {
      text.append(answer(tool(ApiDocsTool.class, meta.tool()), Map.of(ApiDocsTool.TOPIC, String.valueOf(topic), ApiDocsTool.DETAIL, "summary"))).append('\n');
    }
    text.append("Sections to read for this goal:\n\n")
        .append(answer(tool(SearchTool.class), Map.of(SearchTool.QUERY, goal, SearchTool.API, "meta", SearchTool.LIMIT, 5)));
    return text.toString();
  }

  private String runJob(Map<String, Object> values) {
    String function = String.valueOf(values.get("function_name")).replace("\"", "");
    ApiIndex run = library.run().index();
    String base = run.baseUrl().replace("<endpoint>", "");
    return "Run the function `" + function + "` once with the Xano Run API.\n\n"
        + "1. The document: a job whose `main` calls the function with constant inputs. Put the function's own definition "
        + "(`function \"" + function + "\" { ... }`) above the job in the same document.\n\n"
        + "```xs\nrun.job \"Run " + function + "\" {\n  main = {\n    name: \"" + function + "\"\n    input: {}\n  }\n}\n```\n\n"
        + "2. Check it: `POST " + base + "project/{project_id}/doc/info` with `{\"doc\": \"<the document>\"}`.\n"
        + "3. Run it: `POST " + base + "project/{project_id}/run/exec` with `{\"doc\": \"<the document>\"}`; the answer has `session_id` and `state`.\n"
        + "4. Follow it: `GET " + base + "session/{session_id}` until `state` is `complete` or `error`; then read `response` (or `error_msg`).\n\n"
        + "Every request carries `" + run.authHeader() + "`. The document format: "
        + Call.MCP.write(Call.of(run.tool(), "topic", "start", "section", "The document (`doc`)")) + "; checking it locally first: "
        + Call.MCP.write(Call.of(tool(ValidateTool.class).name(), "code", "<the document>")) + ".\n";
  }

  private DocTool tool(Class<? extends DocTool> type) {
    return tools.stream().filter(type::isInstance).findFirst().orElseThrow();
  }

  private DocTool tool(Class<? extends DocTool> type, String name) {
    return tools.stream().filter(t -> type.isInstance(t) && t.name().equals(name)).findFirst().orElseThrow();
  }

  private static String answer(DocTool tool, Map<String, Object> arguments) {
    try {
      return tool.answer(new Arguments(arguments, List.copyOf(Schemas.properties(tool.inputSchema()).keySet())), Call.MCP).markdown();
    } catch (ToolInputException e) {
      throw McpError.builder(ErrorCodes.INVALID_PARAMS).message(e.getMessage()).build();
    }
  }
}
