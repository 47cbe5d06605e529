package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Member.Arg;
import dev.xanomcp.xanoscript.Member.Bare;
import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Member.Body;
import dev.xanomcp.xanoscript.Member.Comment;
import dev.xanomcp.xanoscript.Member.Field;
import dev.xanomcp.xanoscript.Member.Property;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a parsed document against the engine tables: constructs and their members, the
 * statements of stacks, field declarations and the filters of every expression.
 */
final class DocumentChecker {
  /** Variables the engine itself fills: declaring them is an error. */
  private static final Set<String> RESERVED = Set.of("$input", "$env", "$auth");
  /**
   * Variables the docs call reserved; exported code declares some of them, so a warning. ({@code
   * $result} and {@code $index} are left out: accepted code declares them all the time.)
   */
  private static final Set<String> RESERVED_LOOKING = Set.of("$output", "$response", "$error", "$db", "$this");
  /** Members of a construct that may appear only once: a second one is an error. */
  private static final Set<String> SINGLE = Set.of("input", "stack", "schema", "response");
  /** Members of {@code run.job} that belong to functions, not jobs. */
  private static final Set<String> NOT_IN_JOB = Set.of("stack", "input", "response", "description");
  /** Statements whose bodies hold only named sub-blocks, checked strictly as the engine's grammar does. */
  private static final Set<String> LOOPS = Set.of("foreach", "for", "while");
  private static final Set<String> BRANCHES = Set.of("if", "elseif", "else");
  private static final Set<String> SUB_BLOCKS = Set.of("each", "case", "default", "try", "catch", "finally");
  /** Properties of a db.* statement whose expressions may use database filters. */
  private static final Set<String> QUERY_PROPERTIES = Set.of("where", "additional_where", "eval", "join", "sort", "return", "override_sort");

  private final EngineTables tables;
  private final Report report;
  private final FilterCheck filters;
  /** Whether a {@code ...} placeholder is warned about (code an assistant passes) rather than an error (a file). */
  private final boolean placeholders;
  private final Spec anyConstruct;
  private int visited;

  DocumentChecker(EngineTables tables, Report report, boolean placeholders) {
    this.tables = tables;
    this.report = report;
    this.filters = new FilterCheck(tables, report);
    this.placeholders = placeholders;
    Map<String, MemberSpec> union = new LinkedHashMap<>();
    for (Spec spec : tables.all("construct").values()) {
      spec.members().forEach((k, v) -> union.putIfAbsent(k, new MemberSpec(k, true, v.repeatable(), v.shape())));
    }
    this.anyConstruct = new Spec("construct", "*", List.of(), union, Shape.MAP, false);
  }

  // ---- documents

  /**
   * Checks top-level constructs: exactly one in a {@code file}, any number (the second one warned
   * about) otherwise.
   */
  void document(List<Member> members, boolean file) {
    Block first = null;
    Member previous = null;
    for (Member m : members) {
      if (m instanceof Block b && !isPlaceholder(b.name())) {
        if (first == null) {
          first = b;
          if (previous instanceof Comment c && b.start().line() > c.start().line() + 1) {
            report.error(b.start(), "blank-line-after-comment",
                "A blank line separates the leading comment from `" + b.name() + "`; the engine rejects it.",
                "Remove the blank line, or the comment.");
          }
        } else if (file) {
          report.error(b.start(), "second-construct", "A second construct `" + b.name() + "` follows `" + first.name()
              + "`; a .xs file holds exactly one.", "Move `" + b.name() + "` to a file of its own.");
        } else {
          report.warning(b.start(), "second-construct", "A second construct, `" + b.name() + "`: fine in a Run API document, "
              + "but a .xs file holds exactly one.", "Give each construct a file of its own unless this is a Run API document.");
        }
        construct(b);
      } else if (m instanceof Comment c) {
        if (first != null && file) {
          report.error(c.start(), "comment-after-construct", "A comment follows the construct; nothing may come after its closing `}`.",
              "Move the comment above the construct or into its body.");
        }
      } else if (!(m instanceof Block)) {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` outside any construct.",
            "Code belongs inside a construct such as `function \"name\" { ... }`.");
      }
      previous = m;
    }
  }

  private void construct(Block b) {
    Spec spec = tables.construct(b.name());
    if (spec == null) {
      Supplier<String> hint = tables.statement(b.name()) != null
          ? () -> "`" + b.name() + "` is a statement: it belongs in the `stack` of a function, query or task."
          : Vocabulary.didYouMean(b.name(), tables.names("construct"));
      report.errorSuggesting(b.start(), "unknown-construct", "Unknown construct `" + b.name() + "`.", hint);
      if (b.body() != null) {
        members(b.body().members(), anyConstruct, b.name());
      }
      return;
    }
    if (b.body() == null) {
      report.error(b.start(), "unexpected-token", "`" + b.name() + "` needs a body in braces `{ ... }`.", null);
      return;
    }
    if (b.args().isEmpty() && spec.args().contains("name")) {
      report.error(b.body().open(), "missing-name", "`" + b.name() + "` has no name before its `{`.",
          "Write `" + b.name() + " \"name\" {`.");
    }
    members(b.body().members(), spec, b.name());
    Map<String, Integer> counts = counts(b.body().members());
    for (MemberSpec ms : spec.members().values()) {
      if (!ms.optional() && !counts.containsKey(ms.name())) {
        if (b.name().equals("run.job")) {
          report.error(b.start(), "missing-block", "`run.job` has no `main`; a job names the function it runs in `main`.",
              "Add `main = {name: \"function_name\", input: {}}`.");
        } else {
          report.warning(b.start(), "missing-block", "`" + b.name() + "` has no `" + ms.name() + "`, which the engine's tables list as required.", null);
        }
      }
    }
  }

  /** Checks the members of a construct body given alone. */
  void constructBody(List<Member> members) {
    members(members, anyConstruct, "*");
  }

  private void members(List<Member> members, Spec spec, String owner) {
    Map<String, Integer> seen = new HashMap<>();
    for (Member m : members) {
      if (m instanceof Comment) {
        continue;
      }
      String name = nameOf(m);
      if (name == null) {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` where a property or block of `" + owner + "` was expected.", null);
        continue;
      }
      if (isPlaceholder(name)) {
        placeholder(m.start());
        continue;
      }
      int count = seen.merge(name, 1, Integer::sum);
      MemberSpec ms = spec.member(name);
      if (count == 2 && (SINGLE.contains(name) || (ms != null && !ms.repeatable() && !name.equals("test")))) {
        boolean single = SINGLE.contains(name);
        report.add(m.start().line(), m.start().column(), single ? Severity.ERROR : Severity.WARNING, "duplicate-block",
            "`" + owner + "` has a second `" + name + "`.", "Merge the two into one.");
      }
      if (ms == null) {
        unknownMember(m, name, owner);
      }
      Shape shape = ms == null ? guessShape(name) : ms.shape();
      if (m instanceof Property p) {
        filters.check(p.value(), name.equals("where"));
      } else if (m instanceof Block b) {
        memberBlock(b, shape);
      }
    }
  }

  private void unknownMember(Member m, String name, String owner) {
    if (owner.equals("run.job") && NOT_IN_JOB.contains(name)) {
      report.error(m.start(), "run-job-block", "`" + name + "` is not part of a `run.job`; a job has `main`, and optionally `pre`, `post` and `env`.",
          "Put the logic in a function and name it in `main = {name: \"...\", input: {...}}`.");
    } else if (!owner.equals("*")) {
      report.warningSuggesting(m.start(), "unknown-property", "`" + owner + "` has a `" + name + "` that the engine's tables do not list.",
          Vocabulary.didYouMean(name, specMembers(owner)));
    } else {
      report.warning(m.start(), "unknown-property", "`" + name + "` is not a member of any construct in the engine's tables.", null);
    }
  }

  private List<String> specMembers(String owner) {
    Spec spec = tables.construct(owner);
    return spec == null ? List.of() : List.copyOf(spec.members().keySet());
  }

  private void memberBlock(Block b, Shape shape) {
    if (b.body() == null) {
      return;
    }
    switch (shape) {
      case STACK -> stack(b.body().members());
      case FIELDS -> fields(b.body().members());
      case TEST -> test(b.body().members());
      default -> nested(b.body());
    }
  }

  /** A nested map written as a block: its values are checked for filters. */
  private void nested(Body body) {
    for (Member m : body.members()) {
      if (m instanceof Property p) {
        filters.check(p.value(), false);
      } else if (m instanceof Block b && b.body() != null) {
        if (b.name().equals("stack")) {
          stack(b.body().members());
        } else {
          nested(b.body());
        }
      }
    }
  }

  private void test(List<Member> members) {
    for (Member m : members) {
      if (m instanceof Property p) {
        filters.check(p.value(), false);
      } else if (m instanceof Block b) {
        if (tables.all("expect").containsKey(b.name()) || tables.statement(b.name()) != null) {
          checkArgs(b);
          if (b.body() != null) {
            nested(b.body());
          }
        } else if (!isPlaceholder(b.name())) {
          report.warningSuggesting(b.start(), "unknown-property", "`" + b.name() + "` is not a member of a test in the engine's tables.",
              Vocabulary.didYouMean(b.name(), tables.names("expect")));
        }
      }
    }
  }

  // ---- stacks and statements

  void stack(List<Member> members) {
    for (Member m : members) {
      if ((++visited & 1023) == 0) {
        Checkpoint.check();
      }
      if (m instanceof Comment) {
        continue;
      }
      if (m instanceof Property p) {
        String hint = p.name().equals("response")
            ? "`response` belongs to the function, query or task: move it after the `}` that closes `stack`, or use `return { value = ... }`."
            : "Statements take their properties inside braces, as in `var $x { value = ... }`.";
        report.error(p.start(), "property-in-stack", "`" + p.name() + " = ...` stands in a stack, where only statements may.", hint);
        filters.check(p.value(), false);
      } else if (m instanceof Block b) {
        stackBlock(b);
      } else {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` where a statement was expected.", null);
      }
    }
  }

  private void stackBlock(Block b) {
    String name = b.name();
    if (isPlaceholder(name)) {
      placeholder(b.start());
      return;
    }
    if (BRANCHES.contains(name)) {
      report.error(b.start(), "if-outside-conditional", "`" + name + "` stands on its own; branches live inside a `conditional` block.",
          "Write `conditional { if (...) { ... } elseif (...) { ... } else { ... } }`.");
      checkArgs(b);
      if (b.body() != null) {
        stack(b.body().members());
      }
      return;
    }
    if (SUB_BLOCKS.contains(name)) {
      String parent = switch (name) {
        case "each" -> "foreach, for or while";
        case "case", "default" -> "switch";
        default -> "try_catch";
      };
      report.error(b.start(), "misplaced-block", "`" + name + "` belongs directly inside a `" + parent + "` block.", null);
      if (b.body() != null) {
        stack(b.body().members());
      }
      return;
    }
    statement(b);
  }

  private void statement(Block b) {
    String name = b.name();
    Spec spec = tables.statement(name);
    if (spec == null) {
      if (Vocabulary.DOCS_ONLY_STATEMENTS.contains(name) || name.startsWith("$")) {
        report.warning(b.start(), "unconfirmed-statement", "The statement `" + name + "` is named in the docs but not in the engine's tables.",
            "Check it with Xano before relying on it.");
      } else {
        String foreign = Vocabulary.FOREIGN_STATEMENTS.get(name);
        Supplier<String> hint = foreign != null ? () -> "Did you mean `" + foreign + "`?"
            : tables.construct(name) != null ? () -> "`" + name + "` is a construct: it stands alone in its own file, not in a stack."
            : Vocabulary.didYouMean(name, tables.names("statement"));
        report.errorSuggesting(b.start(), "unknown-statement", "Unknown statement `" + name + "`.", hint);
      }
      checkArgs(b);
      if (b.body() != null) {
        nested(b.body());
      }
      return;
    }
    checkArgs(b);
    if (name.equals("var") && !b.args().isEmpty() && b.args().get(0).value() instanceof Expr.Variable v) {
      reserved(v);
    }
    if (b.body() == null) {
      return;
    }
    switch (name) {
      case "conditional" -> conditional(b);
      case "foreach", "for", "while" -> loop(b);
      case "switch" -> control(b, Set.of("case", "default"));
      case "try_catch" -> control(b, Set.of("try", "catch", "finally"));
      default -> statementBody(b, spec);
    }
  }

  private void reserved(Expr.Variable v) {
    String root = v.path();
    if (RESERVED.contains(root)) {
      report.error(v.start(), "reserved-variable", "`" + root + "` is a reserved variable; `var` cannot declare it.",
          "Pick another name, such as `" + root.replace("$", "$my_") + "`.");
    } else if (RESERVED_LOOKING.contains(root)) {
      report.warning(v.start(), "reserved-variable", "`" + root + "` is listed as reserved in the docs.", "Consider another name.");
    }
  }

  private void statementBody(Block b, Spec spec) {
    Map<String, Integer> counts = counts(b.body().members());
    boolean query = b.name().startsWith("db.");
    for (Member m : b.body().members()) {
      if (m instanceof Comment c) {
        report.error(c.start(), "comment-in-statement", "A `//` comment stands inside the braces of `" + b.name()
            + "`; comments stand between statements.", "Move the comment above `" + b.name() + "`.");
        continue;
      }
      String name = nameOf(m);
      if (name == null) {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` inside `" + b.name() + "`, where properties such as `value = ...` go.", null);
        continue;
      }
      if (isPlaceholder(name)) {
        placeholder(m.start());
        continue;
      }
      MemberSpec ms = spec.member(name);
      if (ms == null && !name.equals("description") && !name.equals("disabled")) {
        report.warningSuggesting(m.start(), "unknown-property", "`" + b.name() + "` has a `" + name + "` that the engine's tables do not list.",
            Vocabulary.didYouMean(name, spec.members().keySet()));
      }
      if (m instanceof Property p) {
        filters.check(p.value(), query && QUERY_PROPERTIES.contains(name));
      } else if (m instanceof Block sub) {
        memberBlock(sub, ms == null ? guessShape(name) : ms.shape());
      }
    }
    for (MemberSpec ms : spec.members().values()) {
      if (!ms.optional() && !counts.containsKey(ms.name())) {
        report.warning(b.start(), "missing-block", "`" + b.name() + "` has no `" + ms.name() + "`, which the engine's tables list as required.", null);
      }
    }
  }

  private void conditional(Block b) {
    boolean seenIf = false;
    boolean seenElse = false;
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (!(m instanceof Block branch)) {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` in a `conditional`, which holds `if`, `elseif` and `else` blocks.", null);
        continue;
      }
      checkArgs(branch);
      switch (branch.name()) {
        case "if" -> {
          if (seenIf) {
            report.error(branch.start(), "second-if", "A second `if` in one `conditional`.",
                "Write `elseif (...) {` as a branch of the same `conditional`, or start a new `conditional` block.");
          }
          seenIf = true;
        }
        case "elseif" -> {
          if (!seenIf || seenElse) {
            report.error(branch.start(), "unexpected-token", "`elseif` must follow the `if` (and come before the `else`) of its `conditional`.", null);
          }
        }
        case "else" -> {
          if (!branch.args().isEmpty() && branch.args().get(0).value() instanceof Expr.Literal l && l.start().isWord("if")) {
            report.error(branch.start(), "else-if", "`else if` is not XanoScript.", "Write `elseif (...) {` as one word.");
          } else if (seenElse || !seenIf) {
            report.error(branch.start(), "unexpected-token", "`else` must come once, after the `if` of its `conditional`.", null);
          }
          seenElse = true;
        }
        default -> {
          if (isPlaceholder(branch.name())) {
            continue;
          }
          report.error(branch.start(), "unexpected-token", "`" + branch.name() + "` stands directly in a `conditional`; only `if`, `elseif` and `else` blocks may.",
              "Put it inside one of the branches.");
          stackBlock(branch);
          continue;
        }
      }
      if (branch.body() != null) {
        stack(branch.body().members());
      }
    }
    if (!seenIf) {
      report.error(b.start(), "missing-block", "This `conditional` has no `if` block.", "Start it with `if (...) { ... }`.");
    }
  }

  private void loop(Block b) {
    boolean hasEach = false;
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (m instanceof Block each && each.name().equals("each")) {
        hasEach = true;
        if (each.body() != null) {
          stack(each.body().members());
        }
      } else if (m instanceof Block other && isPlaceholder(other.name())) {
        hasEach = true;
      } else {
        report.error(m.start(), "missing-each", "The body of `" + b.name() + "` holds `" + m.start().text() + "`; its statements go inside an `each` block.",
            "Write `" + b.name() + " (...) { each" + (b.name().equals("while") ? "" : " as $item") + " { ... } }`.");
        hasEach = true;
      }
    }
    if (!hasEach) {
      report.error(b.start(), "missing-each", "`" + b.name() + "` has no `each` block.",
          "Write `" + b.name() + " (...) { each" + (b.name().equals("while") ? "" : " as $item") + " { ... } }`.");
    }
  }

  private void control(Block b, Set<String> allowed) {
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (m instanceof Block sub && (allowed.contains(sub.name()) || isPlaceholder(sub.name()))) {
        checkArgs(sub);
        if (sub.body() != null) {
          stack(sub.body().members());
        }
      } else {
        report.error(m.start(), "unexpected-token", "`" + b.name() + "` holds `" + m.start().text() + "`; it takes only " + String.join(", ", allowed.stream().sorted().toList()) + " blocks.", null);
      }
    }
  }

  private void checkArgs(Block b) {
    for (Arg a : b.args()) {
      filters.check(a.value(), false);
      if (a.value() instanceof Expr.Literal l && isPlaceholder(l.start().text())) {
        placeholder(l.start());
      }
    }
  }

  // ---- fields

  void fields(List<Member> members) {
    for (Member m : members) {
      if (m instanceof Comment) {
        continue;
      }
      if (!(m instanceof Field f)) {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` where a field declaration such as `text name` was expected.", null);
        continue;
      }
      field(f);
    }
  }

  private void field(Field f) {
    String type = f.type();
    if (isPlaceholder(type)) {
      return;
    }
    Spec spec = type.equals("dblink") ? null : tables.datatype(type);
    if (spec == null && !type.equals("dblink")) {
      String foreign = Vocabulary.FOREIGN_TYPES.get(type);
      Supplier<String> hint = foreign != null ? () -> "Use `" + foreign + "`" + (type.equals("array") || type.equals("list") ? " (or `type[]`)" : "") + "."
          : Vocabulary.didYouMean(type, tables.names("datatype"));
      report.errorSuggesting(f.start(), "unknown-type", "Unknown type `" + type + "`.", hint);
    }
    if (f.filters() != null) {
      filters.inputFilters(f.filters());
    }
    filters.check(f.defaultValue(), false);
    if (f.body() == null) {
      if (type.equals("object")) {
        report.warning(f.start(), "missing-block", "The `object` field has no `schema { ... }`.", "Give it a schema, or use `json` for free-form data.");
      }
      return;
    }
    boolean hasSchema = false;
    for (Member m : f.body().members()) {
      if (m instanceof Comment) {
        continue;
      }
      String name = nameOf(m);
      if (name == null) {
        report.error(m.start(), "unexpected-token", "Found `" + m.start().text() + "` in the block of a field, where properties such as `description = ...` go.", null);
        continue;
      }
      if (m instanceof Block b && name.equals("schema")) {
        hasSchema = true;
        if (b.body() != null) {
          fields(b.body().members());
        }
        continue;
      }
      if (spec != null && spec.member(name) == null || (spec == null && !Set.of("table", "override", "description", "sensitive", "visibility").contains(name))) {
        report.error(m.start(), "unknown-property", "`" + name + "` is not a property of the `" + type + "` field `"
            + (f.name() == null ? type : f.name().text()) + "`.",
            switch (name) {
              case "optional" -> "Mark an optional field with `?` after its name: `" + type + " name?`.";
              case "filters", "min", "max" -> "Write filters on the declaration line: `" + type + " name filters=min:1 { ... }`.";
              case "default" -> "Write the default on the declaration line: `" + type + " name?=value`.";
              default -> "Fields take description, sensitive and visibility" + (spec != null && spec.member("table") != null ? ", table" : "")
                  + (type.equals("enum") ? ", values" : "") + ".";
            });
      }
      if (m instanceof Property p) {
        filters.check(p.value(), false);
      }
    }
    if (type.equals("object") && !hasSchema) {
      report.warning(f.start(), "missing-block", "The `object` field has no `schema { ... }`.", "Give it a schema, or use `json` for free-form data.");
    }
  }

  // ---- helpers

  private static Shape guessShape(String name) {
    return switch (name) {
      case "stack" -> Shape.STACK;
      case "input", "schema", "output" -> Shape.FIELDS;
      default -> Shape.MAP;
    };
  }

  private static String nameOf(Member m) {
    if (m instanceof Property p) {
      return p.name();
    }
    if (m instanceof Block b) {
      return b.name();
    }
    return null;
  }

  private static boolean isDescription(Member m) {
    return m instanceof Property p && (p.name().equals("description") || p.name().equals("disabled"));
  }

  private static Map<String, Integer> counts(List<Member> members) {
    Map<String, Integer> counts = new HashMap<>();
    for (Member m : members) {
      String name = nameOf(m);
      if (name != null) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean isPlaceholder(String name) {
    return name.equals("...");
  }

  private void placeholder(Token at) {
    if (placeholders) {
      Parser.placeholder(report, at);
    } else {
      report.error(at, "unexpected-token", "Found a `...` placeholder where code was expected.", "Replace it with real code.");
    }
  }

  /** Checks bare expressions; they may come from a where clause, so database filters pass. */
  void expressions(List<Member> members) {
    for (Member m : members) {
      if (m instanceof Bare b) {
        filters.check(b.value(), true);
      }
    }
  }
}
