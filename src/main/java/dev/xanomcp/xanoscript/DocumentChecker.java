package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Expr.ArrayLiteral;
import dev.xanomcp.xanoscript.Expr.Filtered;
import dev.xanomcp.xanoscript.Expr.Literal;
import dev.xanomcp.xanoscript.Expr.ObjectLiteral;
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
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks a parsed document against the engine tables and {@link Rules}: constructs and their
 * members, the statements of stacks, field declarations and the filters of every expression.
 */
final class DocumentChecker {
  /** Variables the engine itself fills: declaring them is an error. */
  private static final Set<String> RESERVED = Rules.READ_ONLY;
  /**
   * Variables the docs call reserved; exported code declares some of them, so a warning. ({@code
   * $result} and {@code $index} are left out: accepted code declares them all the time.)
   */
  private static final Set<String> RESERVED_LOOKING = Set.of("$output", "$response", "$error", "$db", "$this");
  /** Members of {@code run.job} that belong to functions, not jobs. */
  private static final Set<String> NOT_IN_JOB = Set.of("stack", "input", "response", "description");
  private static final Set<String> BRANCHES = Set.of("if", "elseif", "else");
  private static final Set<String> SUB_BLOCKS = Set.of("each", "case", "default", "try", "catch", "finally");
  /** Properties of a db.* statement whose expressions may use database filters. */
  private static final Set<String> QUERY_PROPERTIES = Set.of("where", "additional_where", "eval", "join", "sort", "return", "override_sort");
  /** Properties every statement takes besides its own. */
  private static final Set<String> COMMON = Set.of("description", "disabled");

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
    for (String kind : List.of("construct", "statement")) {
      for (Spec spec : tables.all(kind).values()) {
        spec.members().forEach((k, v) -> union.putIfAbsent(k, new MemberSpec(k, true, v.repeatable(), v.shape())));
      }
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
    constructArgs(b, spec);
    if (b.alias() != null) {
      report.error(b.alias(), "as-after-construct", "`as " + b.alias().text() + "` follows the closing `}` of `" + b.name()
          + "`; a construct gives no result to name.", "Remove `as " + b.alias().text() + "`.");
    }
    members(b.body().members(), spec, b.name());
    if (abbreviated(b.body())) {
      return;
    }
    Map<String, Integer> counts = counts(b.body().members());
    for (MemberSpec ms : spec.members().values()) {
      if (!ms.optional() && !counts.containsKey(ms.name())) {
        if (b.name().equals("run.job")) {
          report.error(b.start(), "missing-block", "`run.job` has no `main`; a job names the function it runs in `main`.",
              "Add `main = {name: \"function_name\", input: {}}`.");
        } else if (Rules.CONSTRUCT_REQUIRED.contains(ms.name())) {
          missing(b, ms.name(), ms.shape());
        } else {
          report.warning(b.start(), ms.shape() == Shape.VALUE ? "missing-property" : "missing-block",
              "`" + b.name() + "` has no `" + ms.name() + "`, which the engine's tables list as required.", null);
        }
      }
    }
    String target = Rules.TARGETS.get(b.name());
    if (target != null && !counts.containsKey(target)) {
      report.error(b.start(), "missing-property", "`" + b.name() + "` has no `" + target + "`: a trigger names what it attaches to.",
          "Add `" + target + " = \"name\"`.");
    }
  }

  /** A required member {@code name} that {@code b} lacks. */
  private void missing(Block b, String name, Shape shape) {
    boolean block = shape == Shape.STACK || shape == Shape.FIELDS || shape == Shape.TEST || shape == Shape.BLOCK;
    String form = switch (shape) {
      case STACK, FIELDS -> name + " { ... }";
      default -> name + " = ...";
    };
    report.error(b.start(), block ? "missing-block" : "missing-property", "`" + b.name() + "` has no `" + name + "`, which it requires.",
        "Add `" + form + "`.");
  }

  /** The name, the verb of a query, and the arguments no construct takes. */
  private void constructArgs(Block b, Spec spec) {
    if (b.args().isEmpty() && spec.args().contains("name")) {
      report.error(b.body().open(), "missing-name", "`" + b.name() + "` has no name before its `{`.",
          "Write `" + b.name() + " \"name\" {`.");
    }
    Arg verb = null;
    for (Arg a : b.args()) {
      if (a.key() == null) {
        continue;
      }
      if (a.key().equals("verb") && spec.args().contains("verb")) {
        verb = a;
      } else {
        report.error(a.start(), "unexpected-argument", "`" + b.name() + "` takes no `" + a.key() + "=`.", "Remove `" + a.key() + "=...`.");
      }
    }
    if (spec.args().contains("verb")) {
      Member written = b.body().members().stream().filter(m -> m instanceof Property p && p.name().equals("verb")).findFirst().orElse(null);
      if (verb == null && written != null) {
        report.error(written.start(), "missing-verb", "The verb of `" + b.name() + "` goes in its header, not among its members.",
            "Write `" + b.name() + " \"path\" verb=" + (((Property) written).value() instanceof Literal l && unquoted(l) != null ? unquoted(l) : "GET") + " {`.");
      } else if (verb == null) {
        report.error(b.body().open(), "missing-verb", "`" + b.name() + "` has no verb.", "Write `" + b.name() + " \"path\" verb=GET {` (or POST, PUT, PATCH, DELETE).");
      } else if (!(verb.value() instanceof Literal l && l.start().is(TokenKind.IDENT) && Rules.VERBS.contains(l.start().text()))) {
        report.error(verb.value().start(), "unknown-verb", "`" + verb.value().start().text() + "` is no verb.",
            "Write one of GET, POST, PUT, PATCH, DELETE, in capitals and without quotes.");
      }
    }
    if (!b.args().isEmpty() && b.args().get(0).key() == null && !Rules.SLASH_NAMES.contains(b.name())) {
      String name = unquoted(b.args().get(0).value());
      if (name != null && name.contains("/")) {
        String message = "The name of `" + b.name() + "` holds a `/`; only queries (paths) and functions (folders) take one.";
        if (b.name().equals("table")) {
          report.error(b.args().get(0).start(), "slash-in-name", message + " A table is read as `$db." + name + "`, which cannot work.",
              "Use a name of letters, digits and `_`.");
        } else {
          report.warning(b.args().get(0).start(), "slash-in-name", message, "Use a name of letters, digits and `_`.");
        }
      }
    } else if (!b.args().isEmpty() && b.name().equals("function") && "/".equals(first(unquoted(b.args().get(0).value())))) {
      report.error(b.args().get(0).start(), "slash-in-name", "A function name cannot start with `/`.", "Drop the leading `/`: `folder/name`.");
    }
  }

  private static String first(String text) {
    return text == null || text.isEmpty() ? null : text.substring(0, 1);
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
      if (count == 2 && ms != null && !ms.repeatable()) {
        duplicate(m, name, owner);
      }
      if (ms == null || owner.equals("run.job") && NOT_IN_JOB.contains(name)) {
        unknownMember(m, name, owner);
      }
      Shape shape = ms == null ? guessShape(name) : ms.shape();
      if (!form(m, name, shape, owner) || !blockForm(m, name, shape)) {
        continue;
      }
      if (m instanceof Property p) {
        filters.check(p.value(), name.equals("where"));
        if (COMMON.contains(name)) {
          common(name, p.value());
        }
        value(owner, name, p.value(), "construct");
        if (owner.equals("table") && name.equals("index")) {
          index(p.value());
        }
      } else if (m instanceof Block b) {
        memberBlock(b, shape);
      }
    }
  }

  private void duplicate(Member m, String name, String owner) {
    report.error(m.start(), "duplicate-block", "`" + (owner.equals("*") ? "This clause" : owner) + "` has a second `" + name + "`.",
        "Keep one `" + name + "`; merge the two if both hold something.");
  }

  /**
   * Whether {@code m} is written the way its shape wants: a value as {@code name = ...}, a block of
   * statements or fields as {@code name { ... }}. A mismatch is reported and the member skipped.
   */
  private boolean form(Member m, String name, Shape shape, String owner) {
    boolean block = shape == Shape.STACK || shape == Shape.FIELDS || shape == Shape.TEST;
    if (m instanceof Property && block) {
      report.error(m.start(), "block-as-value", "`" + name + "` is a block, not a value.", "Write `" + name + " { ... }` without `=`.");
      return false;
    }
    if (m instanceof Block b && b.body() != null && (name.equals("response") || owner.equals("run.job") && shape == Shape.MAP)) {
      String hint = owner.equals("run.job") && name.equals("main")
          ? "Write `main = {name: \"function_name\", input: {...}}`: an object after `=`, with `:` between keys and values."
          : name.equals("response")
              ? "Write `response = $result` (a value after `=`); to return early from a stack use `return { value = ... }`."
              : "Write `" + name + " = ...` with a value after `=`.";
      report.error(m.start(), "value-as-block", "`" + name + "` takes a value after `=`, not a block.", hint);
      return false;
    }
    return true;
  }

  /**
   * A member block of a construct has braces (an empty {@code input} or {@code stack} may stand
   * alone), and only {@code test} takes a name before them.
   */
  private boolean blockForm(Member m, String name, Shape shape) {
    if (!(m instanceof Block b)) {
      return true;
    }
    if (b.body() == null && b.args().isEmpty() && (shape == Shape.FIELDS || shape == Shape.STACK)) {
      return false;
    }
    if (b.body() == null) {
      report.error(b.start(), "unexpected-token", "`" + name + "` stands alone; a member is `" + name + " = value` or `" + name + " { ... }`.",
          name.equals("return") ? "To return from a stack, write `return { value = ... }` inside `stack`." : null);
      return false;
    }
    if (!b.args().isEmpty() && !name.equals("test") && !name.equals("...")) {
      report.error(b.args().get(0).start(), "unexpected-argument", "`" + name + "` takes nothing before its `{`.", "Write `" + name + " { ... }`.");
    }
    return true;
  }

  private void unknownMember(Member m, String name, String owner) {
    if (owner.equals("query") && name.equals("verb")) {
      return; // reported with the header
    }
    if (owner.equals("run.job") && NOT_IN_JOB.contains(name)) {
      report.error(m.start(), "run-job-block", "`" + name + "` is not part of a `run.job`; a job has `main`, and optionally `pre`, `post` and `env`.",
          "Put the logic in a function and name it in `main = {name: \"...\", input: {...}}`.");
    } else if (owner.equals("*")) {
      report.errorSuggesting(m.start(), "unknown-property", "`" + name + "` is no member of any construct or statement.",
          tables.statement(name) != null ? () -> "`" + name + "` is a statement: it belongs in a `stack`." : Vocabulary.didYouMean(name, anyConstruct.members().keySet()));
    } else if (Vocabulary.docsOnlyMember(owner, name)) {
      report.warning(m.start(), "unconfirmed-property", "`" + owner + "` has a `" + name + "` that the docs name but the engine's tables do not.",
          "Check it with Xano before relying on it.");
    } else {
      report.errorSuggesting(m.start(), "unknown-property", "`" + owner + "` has no `" + name + "`.", Vocabulary.didYouMean(name, specMembers(owner)));
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
      case TEST -> test(b);
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

  private void test(Block t) {
    if (t.args().isEmpty()) {
      report.error(t.start(), "missing-name", "This `test` has no name.", "Write `test \"what it checks\" { ... }`.");
    }
    for (Member m : t.body().members()) {
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

  // ---- values

  /**
   * Checks what a property holds where {@link Rules} knows more than "any expression": the values
   * of enums, objects that must be objects, the keys of nested maps.
   */
  private void value(String owner, String name, Expr value, String kind) {
    Set<String> allowed = Rules.ENUMS.get(owner + " " + name);
    String text = unquoted(value);
    if (allowed != null && text != null && value.start().is(TokenKind.STRING) && !allowed.contains(text)) {
      report.error(value.start(), "unknown-value", "`" + name + "` is `" + text + "`, which `" + owner + "` does not take.",
          "Write one of " + String.join(", ", new TreeSet<>(allowed).stream().map(v -> "\"" + v + "\"").toList()) + ".");
    }
    Spec map = tables.map(kind, owner, name);
    if (map != null && value instanceof ObjectLiteral object) {
      mapKeys(kind, owner, name, map, object);
    } else if (map != null && isLiteralOtherThan(value, ObjectLiteral.class)) {
      report.error(value.start(), "not-an-object", "`" + name + "` of `" + owner + "` is " + describe(value) + "; it takes an object.",
          "Write `" + name + " = {" + String.join(", ", map.members().keySet().stream().limit(2).map(k -> k + ": ...").toList()) + "}`.");
    }
  }

  /** The entries of a table's {@code index}: their keys, their {@code type} and the keys of their fields. */
  private void index(Expr value) {
    if (!(value instanceof ArrayLiteral entries)) {
      return;
    }
    for (Expr entry : entries.items()) {
      if (!(entry instanceof ObjectLiteral object)) {
        continue;
      }
      Set<String> keys = new TreeSet<>();
      for (Expr.Entry e : object.entries()) {
        String key = unquoted(e.key());
        keys.add(key);
        if (key != null && !Rules.INDEX_KEYS.contains(key)) {
          report.error(e.key(), "unknown-property", "An index entry has no key `" + key + "`.", "An entry takes `type`, `field` and optionally `name`, `lang`.");
        } else if ("type".equals(key) && e.value().start().is(TokenKind.STRING) && !Rules.INDEX_TYPES.contains(unquoted(e.value()))) {
          report.error(e.value().start(), "unknown-value", "`" + unquoted(e.value()) + "` is no kind of index.",
              "Write one of \"primary\", \"btree\", \"btree|unique\", \"gin\", \"search\", \"vector\".");
        } else if ("field".equals(key) && e.value() instanceof ArrayLiteral fields) {
          indexFields(fields);
        }
      }
      for (String required : List.of("type", "field")) {
        if (!keys.contains(required)) {
          report.error(object.start(), "missing-property", "This index entry has no `" + required + "`.", "Write `{type: \"btree\", field: [{name: \"column\"}]}`.");
        }
      }
    }
  }

  private void indexFields(ArrayLiteral fields) {
    for (Expr field : fields.items()) {
      if (field instanceof ObjectLiteral object) {
        for (Expr.Entry e : object.entries()) {
          String key = unquoted(e.key());
          if (key != null && !Rules.INDEX_FIELD_KEYS.contains(key)) {
            report.error(e.key(), "unknown-property", "A field of an index has no key `" + key + "`.",
                "Write `{name: \"column\", op: \"desc\"}` (`op` is the order or operator).");
          }
        }
      }
    }
  }

  private void mapKeys(String kind, String owner, String path, Spec map, ObjectLiteral object) {
    Set<String> found = new TreeSet<>();
    for (Expr.Entry e : object.entries()) {
      String key = unquoted(e.key());
      if (key == null || isPlaceholder(key)) {
        continue;
      }
      found.add(key);
      if (map.member(key) == null && Vocabulary.docsOnlyMember(owner, path + "." + key)) {
        report.warning(e.key(), "unconfirmed-property", "`" + path + "` of `" + owner + "` has a key `" + key
            + "` that the docs name but the engine's tables do not.", "Check it with Xano before relying on it.");
        continue;
      }
      if (map.member(key) == null) {
        report.errorSuggesting(e.key(), "unknown-property", "`" + path + "` of `" + owner + "` has no key `" + key + "`.",
            Vocabulary.didYouMean(key, map.members().keySet()));
        continue;
      }
      value(owner, path + "." + key, e.value(), kind);
      Spec inner = tables.map(kind, owner, path + "." + key);
      if (inner != null && e.value() instanceof ObjectLiteral o) {
        mapKeys(kind, owner, path + "." + key, inner, o);
      }
    }
    for (String key : Rules.REQUIRED_KEYS.getOrDefault(kind + " " + owner + " " + path, Set.of())) {
      if (!found.contains(key)) {
        report.error(object.start(), "missing-property", "`" + path + "` of `" + owner + "` has no `" + key + "`, which it requires.",
            "Add `" + key + ": ...`.");
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
    if (!statementArgs(b, spec)) {
      return;
    }
    alias(b, spec);
    if (b.body() == null) {
      requiredMembers(b, spec, Map.of());
      return;
    }
    switch (name) {
      case "conditional" -> conditional(b);
      case "foreach", "for", "while" -> loop(b);
      case "switch" -> switchCases(b);
      case "try_catch" -> tryCatch(b);
      case "group", "db.transaction" -> stackOnly(b);
      default -> statementBody(b, spec);
    }
  }

  /**
   * The arguments before the braces: the variable of {@code var}, {@code math.*}, {@code array.*}
   * and {@code text.*}, and none where a statement takes none. False when the statement is broken
   * beyond checking its body.
   */
  private boolean statementArgs(Block b, Spec spec) {
    if (spec.argIsVariable()) {
      Arg first = b.args().isEmpty() ? null : b.args().get(0);
      if (first == null || !(first.value() instanceof Expr.Variable v)) {
        Token at = first == null ? b.start() : first.start();
        report.error(at, "missing-variable", "`" + b.name() + "` needs the variable it changes, such as `$total`, before its `{`.",
            "Write `" + b.name() + " $name { ... }`.");
      } else if (b.name().equals("var")) {
        reserved(v);
      } else if (RESERVED.contains(root(v.path()))) {
        report.error(v.start(), "read-only-variable", "`" + b.name() + "` cannot change `" + root(v.path()) + "`: the engine fills it and it is read-only.",
            "Copy it first: `var $copy { value = " + v.path() + " }`, then change `$copy`.");
      }
      return true;
    }
    if ((spec.args().contains("expr") || spec.args().contains("expr?") && b.name().equals("precondition")) && !b.args().isEmpty()
        && b.args().get(0).value() instanceof Expr.Group g && g.inner() instanceof Expr.Binary in && in.operator().isWord("in")
        && (b.name().equals("for") || b.name().equals("foreach"))) {
      report.error(in.operator(), "loop-header", "`" + b.name() + " (... in ...)` is not how XanoScript writes a loop.",
          "Write `foreach ($list) { each as $item { ... } }`: the list in parentheses, the item named by `each as`.");
      return true;
    }
    if (spec.args().contains("expr") && b.args().isEmpty()) {
      report.error(b.start(), "missing-parentheses", "`" + b.name() + "` needs its expression in parentheses before `{`.",
          "Write `" + b.name() + " (...) {`.");
      return true;
    }
    if (Rules.NAME_REQUIRED.contains(b.name()) && (b.args().isEmpty() || b.args().get(0).key() != null || b.args().get(0).value() instanceof Expr.Group)) {
      report.error(b.start(), "missing-name", "`" + b.name() + "` needs the name of what it " + (b.name().startsWith("db.") ? "works on: the table" : "calls")
          + ", before its `{`.", "Write `" + b.name() + " \"name\" { ... }`.");
      return !b.args().isEmpty() || b.body() != null;
    }
    if (spec.args().isEmpty() && !b.args().isEmpty()) {
      Arg a = b.args().get(0);
      String hint = b.name().equals("return")
          ? "Write `return { value = " + a.value().start().text() + " }`."
          : a.value() instanceof Expr.Group
              ? "Statements are not called like functions: write `" + b.name() + " { ... }` with its properties inside the braces."
              : "Put what it needs inside its braces: `" + b.name() + " { ... }`.";
      report.error(a.start(), "unexpected-argument", "`" + b.name() + "` takes nothing before its `{`.", hint);
      return b.body() != null;
    }
    return true;
  }

  private static String root(String path) {
    int dot = path.indexOf('.');
    int bracket = path.indexOf('[');
    int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
    return end < 0 ? path : path.substring(0, end);
  }

  /** {@code as $x}: only where the statement gives a result, and required where the parser requires it. */
  private void alias(Block b, Spec spec) {
    boolean result = spec.args().contains("as") || spec.args().contains("as?");
    if (b.alias() != null && !result) {
      report.error(b.alias(), "no-result", "`" + b.name() + "` gives no result, so there is nothing to name with `as`.",
          "Remove `as " + b.alias().text() + "`.");
    } else if (b.alias() == null && Rules.AS_REQUIRED.contains(b.name())) {
      report.error(b.start(), "missing-as", "`" + b.name() + "` must name its result with `as`.",
          "Write `" + b.name() + " ... as $result`.");
    } else if (b.alias() == null && Rules.AS_EXPECTED.contains(b.name())) {
      report.warning(b.start(), "missing-as", "`" + b.name() + "` removes an item and drops it: nothing names it with `as`.",
          "To use the item, write `" + b.name() + " ... as $item`.");
    }
  }

  private void reserved(Expr.Variable v) {
    String root = root(v.path());
    if (RESERVED.contains(root)) {
      report.error(v.start(), "reserved-variable", "`" + root + "` is a reserved variable; `var` cannot declare it.",
          "Pick another name, such as `" + root.replace("$", "$my_") + "`.");
    } else if (RESERVED_LOOKING.contains(root)) {
      report.warning(v.start(), "reserved-variable", "`" + root + "` is listed as reserved in the docs.", "Consider another name.");
    }
  }

  private void statementBody(Block b, Spec spec) {
    Map<String, Integer> counts = counts(b.body().members());
    // a property under another name is reported once, where it stands, not again as a missing one
    for (Member m : b.body().members()) {
      String instead = nameOf(m) == null ? null : Vocabulary.FOREIGN_PROPERTIES.get(b.name() + " " + nameOf(m));
      if (instead != null) {
        counts.putIfAbsent(instead.substring(0, instead.indexOf(' ')), 0);
      }
    }
    boolean query = b.name().startsWith("db.");
    Map<String, Integer> seen = new HashMap<>();
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
      if (seen.merge(name, 1, Integer::sum) == 2 && (ms == null ? COMMON.contains(name) : !ms.repeatable())) {
        duplicate(m, name, b.name());
      }
      if (ms == null && !COMMON.contains(name)) {
        unknownProperty(b, m, name, spec);
      }
      Shape shape = ms == null ? guessShape(name) : ms.shape();
      if (!form(m, name, shape, b.name())) {
        continue;
      }
      if (m instanceof Property p) {
        filters.check(p.value(), query && QUERY_PROPERTIES.contains(name));
        common(name, p.value());
        statementValue(b, name, p.value());
      } else if (m instanceof Block sub) {
        memberBlock(sub, shape);
      }
    }
    if (!abbreviated(b.body())) {
      requiredMembers(b, spec, counts);
    }
  }

  private void unknownProperty(Block b, Member m, String name, Spec spec) {
    if (Vocabulary.docsOnlyMember(b.name(), name)) {
      report.warning(m.start(), "unconfirmed-property", "`" + b.name() + "` has a `" + name + "` that the docs name but the engine's tables do not.",
          "Check it with Xano before relying on it.");
      return;
    }
    if (m instanceof Block sub && tables.statement(sub.name()) != null) {
      report.error(m.start(), "unexpected-token", "`" + name + "` stands inside the braces of `" + b.name() + "`, which hold only its properties.",
          "Close `" + b.name() + "` with `}` first; statements follow one another.");
      return;
    }
    String instead = Vocabulary.FOREIGN_PROPERTIES.get(b.name() + " " + name);
    report.errorSuggesting(m.start(), "unknown-property", "`" + b.name() + "` has no `" + name + "`.",
        instead != null ? () -> "Write `" + instead + "`." : Vocabulary.didYouMean(name, spec.members().keySet()));
  }

  /** {@code description} takes a string, {@code disabled} true or false (the parser reads nothing else there). */
  private void common(String name, Expr value) {
    if (name.equals("description") && !(value instanceof Literal l && l.start().is(TokenKind.STRING))) {
      report.error(value.start(), "wrong-value", "`description` takes a string.", "Write `description = \"...\"`.");
    } else if (name.equals("disabled") && !(value instanceof Literal l && (l.start().isWord("true") || l.start().isWord("false")))) {
      report.error(value.start(), "wrong-value", "`disabled` takes `true` or `false`.", "Write `disabled = true` (without quotes).");
    }
  }

  /** Checks what the properties of a statement hold. */
  private void statementValue(Block b, String name, Expr value) {
    value(b.name(), name, value, "statement");
    if (Rules.DATA_STATEMENTS.contains(b.name()) && name.equals("data") && isLiteralOtherThan(value, ObjectLiteral.class) && !isJsonObject(value)) {
      report.error(value.start(), "not-an-object", "`data` of `" + b.name() + "` is " + describe(value) + "; it takes an object of column values.",
          "Write `data = {column: value, ...}`.");
    }
    if (b.name().equals("function.run") && name.equals("input") && !isObject(value)) {
      report.error(value.start(), "not-an-object", "`input` of `function.run` is " + describe(value) + "; it takes an object of the function's inputs.",
          "Write `input = {name: value, ...}`.");
    }
  }

  /**
   * The members a statement lacks: an error where Xano's parser and the engine's tables both
   * require it (always so for {@code value}) or where {@link Rules#ENFORCED} lists it, a warning
   * where only one of them does.
   */
  private void requiredMembers(Block b, Spec spec, Map<String, Integer> counts) {
    Set<String> notRequired = Rules.NOT_REQUIRED.getOrDefault(b.name(), Set.of());
    Set<String> parser = Rules.REQUIRED.getOrDefault(b.name(), Set.of());
    Set<String> enforced = Rules.ENFORCED.getOrDefault(b.name(), Set.of());
    Set<String> tables = new TreeSet<>();
    for (MemberSpec ms : spec.members().values()) {
      if (!ms.optional()) {
        tables.add(ms.name());
      }
    }
    Set<String> required = new TreeSet<>(parser);
    required.addAll(tables);
    for (String name : required) {
      if (counts.containsKey(name) || notRequired.contains(name)) {
        continue;
      }
      MemberSpec ms = spec.member(name);
      if (parser.contains(name) && tables.contains(name) || enforced.contains(name) || tables.contains(name) && name.equals("value")) {
        missing(b, name, ms == null ? Shape.VALUE : ms.shape());
      } else {
        report.warning(b.start(), ms == null || ms.shape() == Shape.VALUE ? "missing-property" : "missing-block",
            "`" + b.name() + "` has no `" + name + "`, which " + (tables.contains(name) ? "the engine's tables list" : "Xano's parser asks for")
                + " but real code may leave out.", "Add `" + name + " = ...` unless its default fits.");
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
          if (!branch.args().isEmpty() && branch.args().get(0).value() instanceof Literal l && l.start().isWord("if")) {
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
    boolean named = !b.name().equals("while");
    String form = "`" + b.name() + " (...) { each" + (named ? " as $item" : "") + " { ... } }`";
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (m instanceof Block each && each.name().equals("each")) {
        if (hasEach) {
          duplicate(m, "each", b.name());
        }
        hasEach = true;
        if (named && each.alias() == null && b.name().equals("for")) {
          // accepted code repeats a block N times with `for (N) { each { ... } }`
          report.warning(each.start(), "missing-as", "The `each` of `for` does not name the index with `as`.",
              "To use it, write `each as $i {` (counting from 0).");
        } else if (named && each.alias() == null) {
          report.error(each.start(), "missing-as", "The `each` of `" + b.name() + "` names the current item with `as`.",
              "Write `each as $item {`.");
        } else if (!named && each.alias() != null) {
          report.error(each.alias(), "unexpected-token", "The `each` of `while` takes no `as`.", "Write `each {`.");
        }
        if (each.body() != null) {
          stack(each.body().members());
        }
      } else if (m instanceof Block other && isPlaceholder(other.name())) {
        hasEach = true;
      } else {
        report.error(m.start(), "missing-each", "The body of `" + b.name() + "` holds `" + m.start().text() + "`; its statements go inside an `each` block.",
            "Write " + form + ".");
        hasEach = true;
      }
    }
    if (!hasEach) {
      report.error(b.start(), "missing-each", "`" + b.name() + "` has no `each` block.", "Write " + form + ".");
    }
  }

  private void switchCases(Block b) {
    boolean seenDefault = false;
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (!(m instanceof Block sub) || !(sub.name().equals("case") || sub.name().equals("default") || isPlaceholder(sub.name()))) {
        report.error(m.start(), "unexpected-token", "`switch` holds `" + m.start().text() + "`; it takes only `case (...) { ... } break` and `default { ... }` blocks.", null);
        continue;
      }
      checkArgs(sub);
      if (sub.name().equals("case")) {
        if (seenDefault) {
          report.error(sub.start(), "case-after-default", "A `case` follows `default`; `default` comes last.", "Move `default { ... }` after the last `case`.");
        }
        if (sub.args().isEmpty() || !(sub.args().get(0).value() instanceof Expr.Group)) {
          report.error(sub.start(), "missing-parentheses", "The value of a `case` goes in parentheses.", "Write `case (\"value\") { ... } break`.");
        }
      } else if (sub.name().equals("default")) {
        if (seenDefault) {
          duplicate(m, "default", "switch");
        }
        seenDefault = true;
      }
      if (sub.body() != null) {
        stack(sub.body().members());
      }
    }
  }

  private void tryCatch(Block b) {
    Map<String, Integer> seen = new HashMap<>();
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (m instanceof Block sub && (Set.of("try", "catch", "finally").contains(sub.name()) || isPlaceholder(sub.name()))) {
        if (seen.merge(sub.name(), 1, Integer::sum) == 2) {
          duplicate(m, sub.name(), "try_catch");
        }
        checkArgs(sub);
        if (sub.body() != null) {
          boolean handler = sub.name().equals("catch");
          if (handler) {
            filters.inCatch(true);
          }
          stack(sub.body().members());
          if (handler) {
            filters.inCatch(false);
          }
        }
      } else {
        report.error(m.start(), "unexpected-token", "`try_catch` holds `" + m.start().text() + "`; it takes only `try`, `catch` and `finally` blocks.",
            "Put the statements inside `try { ... }`.");
      }
    }
    if (!seen.containsKey("try") && !seen.containsKey("...")) {
      report.error(b.start(), "missing-block", "This `try_catch` has no `try` block.", "Write `try_catch { try { ... } catch { ... } }`.");
    } else if (!seen.containsKey("catch") && !seen.containsKey("...")) {
      report.warning(b.start(), "missing-catch", "This `try_catch` has no `catch`: an error in `try` is dropped without a trace.",
          "Add `catch { ... }`, for example with `debug.log { value = $error.message }`.");
    }
  }

  /** {@code group} and {@code db.transaction}: their statements go in one {@code stack}. */
  private void stackOnly(Block b) {
    int stacks = 0;
    boolean stray = false;
    for (Member m : b.body().members()) {
      if (m instanceof Comment || isDescription(m)) {
        continue;
      }
      if (m instanceof Block s && s.name().equals("stack")) {
        if (++stacks == 2) {
          duplicate(m, "stack", b.name());
        }
        if (s.body() != null) {
          stack(s.body().members());
        }
      } else if (m instanceof Property p) {
        unknownProperty(b, m, p.name(), tables.statement(b.name()));
      } else if (!stray && !(m instanceof Block p && isPlaceholder(p.name()))) {
        stray = true;
        report.error(m.start(), "missing-block", "The statements of `" + b.name() + "` go inside its `stack { ... }`.",
            "Write `" + b.name() + " { stack { ... } }`.");
      }
    }
    if (stacks == 0 && !stray && !abbreviated(b.body())) {
      report.error(b.start(), "missing-block", "`" + b.name() + "` has no `stack`.", "Write `" + b.name() + " { stack { ... } }`.");
    }
  }

  /** Whether a body is cut short with a {@code ...} placeholder: what it lacks is then not reported. */
  private static boolean abbreviated(Body body) {
    return body.members().stream().anyMatch(m -> m instanceof Block b && isPlaceholder(b.name()) || m instanceof Property p && isPlaceholder(p.name()));
  }

  /** The expressions among the arguments; a bare word there is a name (a table, {@code if}, a verb), not a value. */
  private void checkArgs(Block b) {
    for (Arg a : b.args()) {
      if (a.value() instanceof Literal l && isPlaceholder(l.start().text())) {
        placeholder(l.start());
      } else if (!(a.value() instanceof Literal)) {
        filters.check(a.value(), false);
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
      filters.inputFilters(f.filters(), type);
    }
    if (!(f.defaultValue() instanceof Literal)) {
      filters.check(f.defaultValue(), false); // a bare word is a default, as in `enum status?=pending`
    }
    if (f.body() != null) {
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
          if (b.body() != null) {
            fields(b.body().members());
          }
          continue;
        }
        if (spec != null && spec.member(name) == null || (spec == null && !Set.of("table", "override", "description", "sensitive", "visibility").contains(name))) {
          report.error(m.start(), "unknown-property", "`" + name + "` is not a property of the `" + type + "` field `"
              + (f.name() == null ? type : f.name().text()) + "`.",
              switch (name) {
                case "optional", "required" -> "Mark an optional field with `?` after its name: `" + type + " name?`; without `?` it is required.";
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
    }
    if (type.equals("object") && f.body() == null) {
      report.error(f.start(), "missing-block", "The `object` field `" + (f.name() == null ? type : f.name().text()) + "` has no block; an object declares its fields.",
          "Write `object " + (f.name() == null ? "name" : f.name().text()) + " {` with `schema { ... }` inside on lines of their own, or declare it `json` for free-form data.");
    } else if (type.equals("object") && f.body().close() != null && f.body().open().line() == f.body().close().line() && !f.body().members().isEmpty()) {
      report.error(f.body().open(), "one-line-object", "The block of the `object` field `" + (f.name() == null ? type : f.name().text())
          + "` stands on one line; Xano's parser wants each member of it on a line of its own.", "Break the block over several lines, or declare it `json`.");
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
    return m instanceof Property p && COMMON.contains(p.name());
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

  /** The text of a string literal without its quotes, or of a bare word; null for anything else. */
  private static String unquoted(Expr e) {
    return e instanceof Literal l ? unquoted(l.start()) : null;
  }

  private static String unquoted(Token t) {
    if (t.is(TokenKind.STRING) && t.text().length() >= 2 && !t.text().startsWith("\"\"\"")) {
      return t.text().substring(1, t.text().length() - 1);
    }
    return t.is(TokenKind.IDENT) || t.is(TokenKind.NUMBER) ? t.text() : null;
  }

  /** Whether {@code e} is a string holding a JSON object, as exported code writes some {@code data}. */
  private static boolean isJsonObject(Expr e) {
    String text = unquoted(e);
    return text != null && e.start().is(TokenKind.STRING) && text.strip().startsWith("{");
  }

  /** Whether {@code e} is an object literal, possibly with filters. */
  private static boolean isObject(Expr e) {
    return e instanceof ObjectLiteral || (e instanceof Filtered f && f.base() instanceof ObjectLiteral);
  }

  /** Whether {@code e} is a literal value (string, number, word, array, object) of another kind than {@code kind}. */
  private static boolean isLiteralOtherThan(Expr e, Class<? extends Expr> kind) {
    if (kind.isInstance(e)) {
      return false;
    }
    return e instanceof ArrayLiteral || e instanceof ObjectLiteral
        || (e instanceof Literal l && (l.start().is(TokenKind.STRING) || l.start().is(TokenKind.NUMBER) || l.start().is(TokenKind.IDENT)));
  }

  private static String describe(Expr e) {
    if (e instanceof ArrayLiteral) {
      return "an array";
    }
    if (e instanceof Literal l && l.start().is(TokenKind.STRING)) {
      return "a string";
    }
    if (e instanceof Literal l && l.start().is(TokenKind.NUMBER)) {
      return "a number";
    }
    if (e instanceof Expr.Variable) {
      return "a variable";
    }
    return "`" + e.start().text() + "`";
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

  /** Checks bare expressions; one that reads a {@code $db} column comes from a query, where database filters pass. */
  void expressions(List<Member> members) {
    for (Member m : members) {
      if (m instanceof Bare b) {
        filters.check(b.value(), FilterCheck.readsColumns(b.value()));
      }
    }
  }
}
