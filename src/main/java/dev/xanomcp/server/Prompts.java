package dev.xanomcp.server;

import dev.xanomcp.docs.ApiIndex;
import dev.xanomcp.docs.Library;
import dev.xanomcp.render.Call;
import dev.xanomcp.tools.Context;
import dev.xanomcp.tools.Naming;
import dev.xanomcp.tools.Param;
import dev.xanomcp.tools.ScriptDocs;
import dev.xanomcp.tools.SearchDocs;
import dev.xanomcp.tools.Tool;
import dev.xanomcp.tools.ToolInputException;
import dev.xanomcp.tools.Tools;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.ArrayList;
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
  static final String PUSH_AND_TEST = "push_and_test";
  /** The longest free text a prompt takes (a task or a goal). */
  static final int TEXT_CAP = 4000;

  /** One argument of a prompt, with the most characters it may have. */
  private record Argument(String name, String description, boolean required, int cap) {}

  private final Library library;
  private final List<Tool> tools;

  Prompts(Library library, List<Tool> tools) {
    this.library = library;
    this.tools = tools;
  }

  List<SyncPromptSpecification> all() {
    return List.of(
        prompt(WRITE_XANOSCRIPT, "Write XanoScript",
            "Write or change a .xs file: the quick reference for that file, the rules that trip assistants most, then check the code.",
            List.of(new Argument(Call.FILE_PATH, "the .xs file, e.g. api/users/get.xs", true, ScriptDocs.PATH_CAP),
                new Argument("task", "what the code should do", true, TEXT_CAP)),
            this::writeXanoscript),
        prompt(CALL_META_API, "Call the Meta API",
            "Manage a Xano workspace over HTTP: authentication, base URL and the topics to read for your goal.",
            List.of(new Argument("goal", "what to do, e.g. add a field to a table", true, SearchDocs.QUERY_CAP),
                new Argument(Call.TOPIC, "a Meta API topic to start from", false, Param.NAME_CAP)),
            this::callMetaApi),
        prompt(RUN_JOB, "Run a function as a job",
            "Run one function with the Run API: the job document and the calls that execute it and follow its session.",
            List.of(new Argument("function_name", "the function the job calls", true, Param.NAME_CAP)),
            this::runJob),
        prompt(PUSH_AND_TEST, "Push and test with the Xano CLI",
            "Check local .xs files, push them to a workspace with the xano CLI, then run its unit and workflow tests.",
            List.of(new Argument("directory", "the folder of the pulled workspace, e.g. ./xano (default: .)", false, ScriptDocs.PATH_CAP),
                new Argument("branch", "the branch to push to (default: the profile's)", false, Param.NAME_CAP)),
            this::pushAndTest));
  }

  /**
   * A prompt whose arguments are checked before its text is made: a missing one, or one longer
   * than its cap, is a -32602 error that says so.
   */
  private static SyncPromptSpecification prompt(String name, String title, String description, List<Argument> arguments,
      Function<Map<String, Object>, String> text) {
    List<PromptArgument> declared = new ArrayList<>();
    for (Argument argument : arguments) {
      declared.add(PromptArgument.builder(argument.name()).description(argument.description()).required(argument.required()).build());
    }
    Prompt prompt = Prompt.builder(name).title(title).description(description).arguments(declared).build();
    return new SyncPromptSpecification(prompt, (context, request) -> {
      Map<String, Object> values = request.arguments() == null ? Map.of() : request.arguments();
      for (Argument argument : arguments) {
        String value = values.get(argument.name()) == null ? "" : String.valueOf(values.get(argument.name()));
        if (argument.required() && value.isBlank()) {
          throw invalid("Prompt " + name + " needs the argument " + argument.name());
        }
        if (value.length() > argument.cap()) {
          throw invalid("The argument " + argument.name() + " has " + String.format("%,d", value.length()) + " characters; the limit is " + String.format("%,d", argument.cap()));
        }
      }
      PromptMessage message = new PromptMessage(Role.USER, TextContent.builder(text.apply(values)).build());
      return GetPromptResult.builder(List.of(message)).description(description).build();
    });
  }

  private static McpError invalid(String message) {
    return McpError.builder(ErrorCodes.INVALID_PARAMS).message(message).build();
  }

  private String writeXanoscript(Map<String, Object> values) {
    String path = String.valueOf(values.get(Call.FILE_PATH));
    Tool docs = tool(library.xanoscript().tool());
    String reference = answer(docs, Map.of(Call.FILE_PATH, path, Call.MODE, "quick_reference"));
    return "Task: " + values.get("task") + "\nFile: `" + path + "`\n\n"
        + "Below is the quick reference for this file (the rules that trip assistants most are in its essentials part). "
        + "Read a whole topic or section when you need more: " + Call.MCP.write(Call.of(docs.name(), Call.TOPIC, "<topic>", Call.SECTION, "<id>")) + ", or search: "
        + Call.MCP.write(Call.of("search_docs", "query", "<words>")) + ".\n\n"
        + reference + "\n"
        + "Write the code as one construct per file. Before you answer, check it with "
        + Call.MCP.write(Call.of("validate_xanoscript", "code", "<the code>")) + " and fix every error it reports.\n";
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
    text.append(answer(tool(meta.tool()), Map.of(Call.TOPIC, "authentication", Call.DETAIL, "summary"))).append('\n');
    Object topic = values.get(Call.TOPIC);
    if (topic != null && !String.valueOf(topic).isBlank()) {
      text.append(answer(tool(meta.tool()), Map.of(Call.TOPIC, String.valueOf(topic), Call.DETAIL, "summary"))).append('\n');
    }
    text.append("Sections to read for this goal:\n\n")
        .append(answer(tool("search_docs"), Map.of("query", goal, "api", "meta", "limit", 5)));
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
        + Call.MCP.write(Call.of(run.tool(), Call.TOPIC, "start", Call.SECTION, "The document (`doc`)")) + "; checking it locally first: "
        + Call.MCP.write(Call.of("validate_xanoscript", "code", "<the document>")) + ".\n";
  }

  private String pushAndTest(Map<String, Object> values) {
    String directory = text(values, "directory", ".");
    String branch = text(values, "branch", "");
    String on = branch.isEmpty() ? "" : " -b " + Call.shell(branch);
    String folder = " -d " + Call.shell(directory);
    String cli = library.cli().index().tool();
    return "Push the XanoScript in `" + directory + "` to the Xano workspace" + (branch.isEmpty() ? "" : " (branch `" + branch + "`)")
        + " with the `xano` CLI, then run its tests. The CLI must be installed and logged in: "
        + Call.MCP.write(Call.of(cli, Call.TOPIC, "auth", Call.DETAIL, "summary")) + ".\n\n"
        + "1. Check the files first and fix every error: " + Call.MCP.write(Call.of("validate_xanoscript", "directory", directory)) + ".\n"
        + "2. Confirm where the push goes: `xano profile me`. Without `-w`, the workspace is the profile's; without `-b`, so is the branch.\n"
        + "3. Preview: `xano workspace push" + folder + on + " --dry-run`, and show the user what would change.\n"
        + "4. Push: `xano workspace push" + folder + on + "`. A push adds and updates; it deletes nothing on the server unless "
        + "`--sync --delete` is given, which removes what has no local file: never add them without the user's explicit yes.\n"
        + "5. Test: `xano unit_test run_all" + on + " -o json`, then `xano workflow_test run_all" + on + " -o json`; report each failure with its message.\n\n"
        + "Every flag of the push: " + Call.MCP.write(Call.of(cli, Call.TOPIC, "workspace", Call.SECTION, "workspace push"))
        + ". A sandbox instead of a workspace: " + Call.MCP.write(Call.of(cli, Call.TOPIC, "sandbox", Call.DETAIL, "summary")) + ".\n";
  }

  private static String text(Map<String, Object> values, String name, String fallback) {
    Object value = values.get(name);
    return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value).strip();
  }

  private Tool tool(String name) {
    return Tools.named(tools, name);
  }

  /** A tool's Markdown for {@code arguments}; a mistake in them (an unknown topic) is the prompt's invalid params. */
  private static String answer(Tool tool, Map<String, Object> arguments) {
    try {
      return tool.call(arguments, Naming.MCP, Context.MCP).markdown();
    } catch (ToolInputException e) {
      throw invalid(e.getMessage());
    }
  }
}
