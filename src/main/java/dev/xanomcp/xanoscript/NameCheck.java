package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Expr.ArrayLiteral;
import dev.xanomcp.xanoscript.Expr.Binary;
import dev.xanomcp.xanoscript.Expr.Entry;
import dev.xanomcp.xanoscript.Expr.Filter;
import dev.xanomcp.xanoscript.Expr.Filtered;
import dev.xanomcp.xanoscript.Expr.Group;
import dev.xanomcp.xanoscript.Expr.Literal;
import dev.xanomcp.xanoscript.Expr.ObjectLiteral;
import dev.xanomcp.xanoscript.Expr.Ternary;
import dev.xanomcp.xanoscript.Expr.Unary;
import dev.xanomcp.xanoscript.Expr.Variable;
import dev.xanomcp.xanoscript.FieldSet.FieldInfo;
import dev.xanomcp.xanoscript.Member.Arg;
import dev.xanomcp.xanoscript.Member.Block;
import dev.xanomcp.xanoscript.Member.Field;
import dev.xanomcp.xanoscript.Member.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks the names of whole constructs: that every variable read or changed is set somewhere
 * (and before it is read), that {@code $input.x} names a declared input, and that the functions,
 * addons, middleware, tables and columns a construct names exist with the inputs it passes. Run
 * only on code that parsed without error, so that a line lost to a syntax error never shows up
 * as a missing name.
 */
final class NameCheck {
  /** Variables the engine sets in every construct. {@code $var} is the prefix of the long form {@code $var.name}. */
  private static final Set<String> ALWAYS_SET = Set.of("$input", "$env", "$auth", "$var", "$db", "$this", "$index", "$$", "$parent",
      "$remote_ip", "$request_method", "$request_uri", "$request_querystring", "$http_headers", "$request_auth_token",
      "$datasource", "$branch", "$tenant", "$api_baseurl", "$release", "$platform", "$debugger");
  /** Variables that only statements with a {@code var} argument may not change: the engine fills them. */
  private static final Set<String> READ_ONLY = Set.of("$input", "$env", "$auth");
  /** Sub-blocks whose bodies are statements. */
  private static final Set<String> STACKS = Set.of("stack", "each", "if", "elseif", "else", "case", "default", "try", "catch", "finally");
  /** Statements that call a construct of another file by name, with the kind they call. */
  private static final Map<String, String> CALLS = Map.of("function.run", "function", "function.call", "function",
      "addon.call", "addon", "middleware.call", "middleware");
  /** The predefined inputs of the triggers whose inputs the docs list. */
  private static final Map<String, FieldSet> TRIGGER_INPUTS = Map.of(
      "table_trigger", FieldSet.named("new", "old", "action", "datasource"),
      "agent_trigger", FieldSet.named("toolset", "tools"),
      "mcp_server_trigger", FieldSet.named("toolset", "tools"),
      "workspace_trigger", FieldSet.named("to_branch", "from_branch", "action"),
      "realtime_trigger", FieldSet.named("action", "channel", "client", "options", "payload"));

  private final EngineTables tables;
  private final Report report;
  private final String source;
  private Definitions definitions;

  // the construct being checked
  private String kind;
  private String constructName;
  private FieldSet inputs;
  private final Map<String, Token> setAnywhere = new HashMap<>();
  private final Map<String, Token> setWhenDisabled = new HashMap<>();
  private final Map<String, Token> set = new LinkedHashMap<>();
  private int inCatch;
  private int inTest;
  private int inDatabase;
  private int suggestions;

  NameCheck(EngineTables tables, Report report, String source, Definitions definitions) {
    this.tables = tables;
    this.report = report;
    this.source = source;
    this.definitions = definitions;
  }

  /** Checks every construct of a document; the document's own definitions count too. */
  void document(List<Member> members) {
    definitions = definitions.plus(members, source);
    for (Member m : members) {
      if (m instanceof Block b && b.body() != null && tables.construct(b.name()) != null) {
        construct(b);
      }
    }
  }

  // ---- constructs

  private void construct(Block b) {
    kind = b.name();
    constructName = b.args().isEmpty() ? kind : NameText.unquote(b.args().get(0).start().text());
    setAnywhere.clear();
    setWhenDisabled.clear();
    set.clear();
    Spec spec = tables.construct(kind);
    inputs = spec.member("input") == null ? null : new FieldSet(Map.of(), false);
    for (Member m : b.body().members()) {
      if (m instanceof Block inner && inner.name().equals("input") && inner.body() != null) {
        inputs = FieldSet.of(inner.body().members(), source);
      }
    }
    if (kind.equals("query") && inputs != null) {
      inputs = inputs.plus(pathParameters(constructName));
    }
    if (TRIGGER_INPUTS.containsKey(kind)) {
      inputs = inputs.plus(TRIGGER_INPUTS.get(kind));
    } else if (kind.endsWith("_trigger")) {
      inputs = null; // a trigger whose predefined input the docs do not list
    }
    collectSets(b.body().members());
    // the stack runs first and `response` is read after it, wherever each is written
    boolean returns = false;
    for (Member m : b.body().members()) {
      if (m instanceof Block inner && inner.name().equals("stack") && inner.body() != null) {
        stack(inner.body().members());
        returns = alwaysReturns(inner.body().members());
      }
    }
    for (Member m : b.body().members()) {
      if (m instanceof Property p && p.name().equals("response") && returns) {
        continue; // never read: the stack always ends in a `return`
      }
      if (m instanceof Property p) {
        constructProperty(p);
      } else if (m instanceof Block inner && !inner.name().equals("stack") && inner.body() != null) {
        MemberSpec ms = spec.member(inner.name());
        Shape shape = ms == null ? Shape.MAP : ms.shape();
        switch (shape) {
          case FIELDS -> fieldTables(inner.body().members());
          case TEST -> {
            inTest++;
            map(inner.body().members());
            inTest--;
          }
          default -> map(inner.body().members());
        }
      }
    }
  }

  private void constructProperty(Property p) {
    switch (p.name()) {
      case "middleware" -> middleware(p.value());
      case "table" -> {
        if (kind.equals("table_trigger") && p.value() instanceof Literal l && l.start().is(TokenKind.STRING)) {
          table(l.start());
        }
      }
      case "main", "pre", "post" -> {
        if (kind.equals("run.job") || kind.equals("run.service")) {
          job(p.value());
        }
      }
      default -> { }
    }
    expr(p.value());
  }

  /** The {@code {name}} parts of an endpoint's path, which arrive as inputs. */
  private static FieldSet pathParameters(String path) {
    List<String> names = new ArrayList<>();
    for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', open + 1)) {
      int close = path.indexOf('}', open);
      if (close < 0) {
        break;
      }
      names.add(path.substring(open + 1, close));
    }
    return FieldSet.named(names.toArray(String[]::new));
  }

  /** {@code main = {name: "f", input: {...}}} of a Run API job: a call of the function {@code f}. */
  private void job(Expr value) {
    if (value instanceof ObjectLiteral o) {
      Token name = stringEntry(o, "name");
      if (name != null) {
        call("function", name, NameText.unquote(name.text()), entry(o, "input"), o.start());
      }
    }
  }

  /** The tables named by {@code table = "..."} in the blocks of fields (inputs, schemas, dblinks). */
  private void fieldTables(List<Member> members) {
    for (Member m : members) {
      if (m instanceof Field f && f.body() != null) {
        for (Member inner : f.body().members()) {
          if (inner instanceof Property p && p.name().equals("table") && p.value() instanceof Literal l && l.start().is(TokenKind.STRING)) {
            table(l.start());
          } else if (inner instanceof Block schema && schema.name().equals("schema") && schema.body() != null) {
            fieldTables(schema.body().members());
          }
        }
      }
    }
  }

  /** Whether statements always end in a {@code return}: a last one, or a {@code conditional} with an {@code else} whose branches all do. */
  private static boolean alwaysReturns(List<Member> statements) {
    for (int i = statements.size() - 1; i >= 0; i--) {
      if (statements.get(i) instanceof Block b) {
        if (b.disabled()) {
          continue;
        }
        if (b.name().equals("return")) {
          return true;
        }
        if (!b.name().equals("conditional") || b.body() == null) {
          return false;
        }
        boolean otherwise = false;
        for (Member m : b.body().members()) {
          if (m instanceof Block branch && (branch.body() == null || !alwaysReturns(branch.body().members()))) {
            return false;
          }
          otherwise |= m instanceof Block branch && branch.name().equals("else");
        }
        return otherwise;
      }
    }
    return false;
  }

  // ---- what is set where

  /** Records every variable the construct sets anywhere (a disabled statement sets nothing), to tell a late one from one never set. */
  private void collectSets(List<Member> members) {
    for (Member m : members) {
      if (!(m instanceof Block b)) {
        continue;
      }
      if (b.disabled()) {
        if (b.name().equals("var") && !b.args().isEmpty() && b.args().get(0).value() instanceof Variable v) {
          setWhenDisabled.putIfAbsent(root(v.path()), v.start());
        } else if (b.alias() != null) {
          setWhenDisabled.putIfAbsent(aliasName(b.alias()), b.alias());
        }
        continue;
      }
      if (b.name().equals("var") && !b.args().isEmpty() && b.args().get(0).value() instanceof Variable v) {
        setAnywhere.putIfAbsent(root(v.path()), v.start());
      }
      if (b.alias() != null) {
        setAnywhere.putIfAbsent(aliasName(b.alias()), b.alias());
      }
      if (b.body() != null) {
        collectSets(b.body().members());
      }
    }
  }

  private void assign(String name, Token at) {
    set.putIfAbsent(name, at);
  }

  // ---- statements

  private void stack(List<Member> members) {
    for (Member m : members) {
      Checkpoint.check();
      if (m instanceof Block b) {
        statement(b);
      } else if (m instanceof Property p) {
        expr(p.value());
      }
    }
  }

  private void statement(Block b) {
    if (b.disabled()) {
      return; // `!statement` never runs: what it reads or names is not looked up
    }
    String name = b.name();
    Spec spec = tables.statement(name);
    List<Arg> args = b.args();
    Variable target = spec != null && spec.argIsVariable() && !args.isEmpty() && args.get(0).value() instanceof Variable v ? v : null;
    for (int i = target == null ? 0 : 1; i < args.size(); i++) {
      expr(args.get(i).value());
    }
    if (target != null) {
      target.indexes().forEach(this::expr);
      if (!name.equals("var")) {
        change(target, name);
      }
    }
    boolean database = name.startsWith("db.");
    if (database) {
      inDatabase++;
      database(b);
    }
    String calls = CALLS.get(name);
    if (calls != null && !args.isEmpty() && args.get(0).value() instanceof Literal l) {
      call(calls, l.start(), nameAt(l.start()), property(b, "input"), b.start());
    }
    if (spec == null && b.alias() != null) {
      assign(aliasName(b.alias()), b.alias()); // a statement the engine does not know: its alias may be a loop's, as in other languages
    }
    if (b.body() != null) {
      map(b.body().members());
    }
    if (database) {
      inDatabase--;
    }
    if (target != null && name.equals("var")) {
      assign(root(target.path()), target.start());
    }
    if (b.alias() != null) {
      assign(aliasName(b.alias()), b.alias());
    }
  }

  private void subBlock(Block sub) {
    for (Arg a : sub.args()) {
      expr(a.value());
    }
    if (sub.body() == null) {
      return;
    }
    boolean isCatch = sub.name().equals("catch");
    if (sub.alias() != null && (sub.name().equals("each") || isCatch)) {
      assign(aliasName(sub.alias()), sub.alias());
    }
    if (isCatch) {
      inCatch++;
    }
    if (STACKS.contains(sub.name())) {
      stack(sub.body().members());
    } else {
      map(sub.body().members());
    }
    if (isCatch) {
      inCatch--;
    }
  }

  /** The body of a statement, a nested map written as a block or a test: values, sub-blocks and statements. */
  private void map(List<Member> members) {
    for (Member m : members) {
      if (m instanceof Property p) {
        expr(p.value());
      } else if (m instanceof Block b) {
        if (tables.statement(b.name()) != null || tables.all("expect").containsKey(b.name())) {
          statement(b);
        } else {
          subBlock(b);
        }
      }
    }
  }

  // ---- variables

  /** A statement with a {@code var} argument changes {@code target}: it must hold a value already. */
  private void change(Variable target, String statement) {
    String name = root(target.path());
    if (READ_ONLY.contains(name)) {
      report.error(target.start(), "reserved-variable", "`" + statement + "` cannot change `" + q(name) + "`: the engine fills it and it is read-only.",
          "Copy it first: `var $my_" + q(name).substring(1) + " { value = " + q(name) + " }`, then change `$my_" + q(name).substring(1) + "`.");
      return;
    }
    if (set.containsKey(name) || isSetByEngine(name, false)) {
      return;
    }
    Token later = setAnywhere.get(name);
    if (later != null) {
      report.warning(target.start(), "unset-variable", "`" + statement + "` changes `" + q(name) + "` before any statement sets it (line "
          + later.line() + ").", "Set it before this line: `var " + q(name) + " { value = ... }`.");
    } else {
      report.warning(target.start(), "unknown-variable", "`" + statement + "` changes `" + q(name) + "`, which this " + kind + " never sets.",
          suggestVariable(name).orElse("Declare it first: `var " + q(name) + " { value = ... }`."));
    }
  }

  private void read(Variable v, boolean inFilter) {
    String name = root(v.path());
    if (name.equals("$")) {
      return; // a bare `$`, as some exports hold: nothing to look up
    }
    if (name.equals("$input")) {
      input(v);
      return;
    }
    if (set.containsKey(name) || isSetByEngine(name, inFilter)) {
      return;
    }
    Token later = setAnywhere.get(name);
    if (later != null) {
      report.warning(v.start(), "unset-variable", "`" + q(name) + "` is read before any statement sets it (line " + later.line() + ").",
          "Set it before this line, for example `var " + q(name) + " { value = null }`.");
      return;
    }
    String where = switch (name) {
      case "$error" -> "`$error` is set only inside `catch { ... }`: read it there.";
      case "$response" -> "`$response` is set only in tests, to what the tested code returned.";
      case "$output" -> "`$output` is set only in the `addon` of a `db.*` statement, to the row.";
      case "$result" -> "`$result` is set only in the arguments of `reduce`, to the running value.";
      default -> null;
    };
    report.warning(v.start(), "unknown-variable", "`" + q(name) + "` is read but never set in this " + kind + ".",
        where != null ? where : suggestVariable(name).orElse("Set it first, as in `var " + q(name) + " { value = ... }`, or fix the name."));
  }

  /** Whether the engine sets {@code name} where it is read now. */
  private boolean isSetByEngine(String name, boolean inFilter) {
    return ALWAYS_SET.contains(name)
        || name.equals("$error") && (inCatch > 0 || kind.equals("error_trigger"))
        || name.equals("$response") && (inTest > 0 || kind.equals("workflow_test") || kind.equals("middleware"))
        || name.equals("$output") && inDatabase > 0
        || name.equals("$result") && inFilter;
  }

  /** What to write instead of a variable never set: an input of that name, or the nearest variable. */
  private Optional<String> suggestVariable(String name) {
    Token disabled = setWhenDisabled.get(name);
    if (disabled != null) {
      return Optional.of("Only a disabled statement sets it (line " + disabled.line() + "): enable it, or set `" + q(name) + "` another way.");
    }
    if (!spendSuggestion()) {
      return Optional.empty();
    }
    String bare = name.substring(1);
    if (inputs != null && inputs.fields().containsKey(bare)) {
      return Optional.of("Inputs are read as `$input." + q(bare) + "`.");
    }
    if (inputs != null && bare.startsWith("input_") && inputs.fields().containsKey(bare.substring(6))) {
      return Optional.of("Did you mean `$input." + bare.substring(6) + "`?");
    }
    List<String> candidates = new ArrayList<>(set.keySet());
    setAnywhere.keySet().stream().filter(k -> !set.containsKey(k)).forEach(candidates::add);
    Optional<String> near = NameText.nearest(name, candidates).map(c -> "Did you mean `" + c + "`?");
    if (near.isEmpty() && inputs != null) {
      near = NameText.nearest(bare, inputs.fields().keySet()).map(c -> "Did you mean `$input." + c + "`?");
    }
    return near;
  }

  /** {@code $input.a.b}: {@code a} must be an input, and {@code b} a field of its schema when it has one. */
  private void input(Variable v) {
    if (inputs == null || inTest > 0) {
      return;
    }
    String[] parts = v.path().split("\\.", -1);
    FieldSet fields = inputs;
    int depth = v.indexes().isEmpty() ? parts.length : Math.min(parts.length, 2);
    for (int i = 1; i < depth && fields != null && !fields.open(); i++) {
      String part = parts[i];
      if (part.isEmpty() || part.startsWith("$") || Character.isDigit(part.charAt(0)) || part.startsWith("\"")) {
        return;
      }
      FieldInfo field = fields.fields().get(part);
      if (field == null) {
        String at = "$input." + String.join(".", List.of(parts).subList(1, i + 1));
        String owner = i == 1 ? "this " + kind + " has no input `" + q(part) + "`" : "`" + q(parts[i - 1]) + "` has no field `" + q(part) + "`";
        Optional<String> near = spendSuggestion() ? NameText.nearest(part, fields.fields().keySet()) : Optional.empty();
        report.warning(v.start(), "unknown-input", "`" + q(at) + "`: " + owner + ".", near
            .map(n -> "Did you mean `" + at.substring(0, at.length() - part.length()) + n + "`?")
            .orElse(i == 1 ? "Declare it in `input { ... }`." : "Add it to the schema of `" + q(parts[i - 1]) + "`."));
        return;
      }
      fields = field.nested();
    }
  }

  private void expr(Expr e) {
    variables(e, false, this::read);
  }

  /** Calls {@code each} for every variable of {@code e}, saying whether it stands in a filter's arguments. */
  private static void variables(Expr e, boolean inFilter, BiConsumer<Variable, Boolean> each) {
    if (e instanceof Variable v) {
      each.accept(v, inFilter);
      v.indexes().forEach(i -> variables(i, inFilter, each));
    } else if (e instanceof ArrayLiteral a) {
      a.items().forEach(i -> variables(i, inFilter, each));
    } else if (e instanceof ObjectLiteral o) {
      o.entries().forEach(entry -> variables(entry.value(), inFilter, each));
    } else if (e instanceof Group g) {
      variables(g.inner(), inFilter, each);
    } else if (e instanceof Unary u) {
      variables(u.operand(), inFilter, each);
    } else if (e instanceof Binary b) {
      variables(b.left(), inFilter, each);
      variables(b.right(), inFilter, each);
    } else if (e instanceof Ternary t) {
      variables(t.condition(), inFilter, each);
      variables(t.yes(), inFilter, each);
      variables(t.no(), inFilter, each);
    } else if (e instanceof Filtered f) {
      variables(f.base(), inFilter, each);
      for (Filter filter : f.filters()) {
        filter.args().forEach(arg -> variables(arg, true, each));
      }
    }
  }

  // ---- names other files define

  /** A call of {@code kind} named by {@code nameToken}, passing {@code input} (an expression, or null when none). */
  private void call(String kind, Token nameToken, String name, Expr input, Token at) {
    FieldSet fields = definitions.find(kind, name);
    if (fields == null) {
      missing(kind, name, nameToken);
      return;
    }
    if (fields.open() || input != null && !(input instanceof ObjectLiteral)) {
      return;
    }
    List<Entry> entries = input == null ? List.of() : ((ObjectLiteral) input).entries();
    Set<String> passed = new HashSet<>();
    for (Entry entry : entries) {
      if (!entry.key().is(TokenKind.IDENT) && !entry.key().is(TokenKind.STRING)) {
        return; // a computed key: what is passed is not known
      }
      String key = NameText.unquote(entry.key().text());
      passed.add(key);
      if (!fields.fields().containsKey(key)) {
        Optional<String> near = spendSuggestion() ? NameText.nearest(key, fields.fields().keySet()) : Optional.empty();
        report.warning(entry.key(), "unknown-argument", "The " + kind + " `" + q(name) + "` has no input `" + q(key) + "`; the value is dropped.",
            near.map(n -> "Did you mean `" + n + "`?").orElse(inputsOf(fields)));
      }
    }
    List<String> lacking = fields.fields().entrySet().stream().filter(f -> f.getValue().required() && !passed.contains(f.getKey())).map(Map.Entry::getKey).toList();
    if (!lacking.isEmpty()) {
      report.warning(input == null ? at : input.start(), "missing-argument", "The " + kind + " `" + q(name) + "` requires the input"
          + (lacking.size() == 1 ? " `" : "s `") + String.join("`, `", lacking.stream().map(NameCheck::q).toList()) + "`, which " + (lacking.size() == 1 ? "is" : "are") + " not passed.",
          "Pass " + (lacking.size() == 1 ? "it" : "them") + " in `input = {" + q(lacking.get(0)) + ": ...}`.");
    }
  }

  private static String inputsOf(FieldSet fields) {
    return fields.size() == 0 ? "It takes no inputs." : "Its inputs: " + String.join(", ", fields.fields().keySet().stream().limit(12).map(NameCheck::q).toList())
        + (fields.size() > 12 ? ", ..." : "") + ".";
  }

  /**
   * A name of {@code kind} that the definitions lack: a mistake only when they are complete and
   * define some of that kind (a workspace without any table was exported without its tables).
   */
  private void missing(String kind, String name, Token at) {
    if (!definitions.complete() || name.isBlank()) {
      return;
    }
    List<String> names = definitions.names(kind);
    if (names.isEmpty()) {
      return;
    }
    Optional<String> near = spendSuggestion() ? NameText.nearest(name, names) : Optional.empty();
    report.error(at, "unknown-" + kind, "No " + kind + " named `" + q(name) + "` is defined in this workspace.",
        near.map(n -> "Did you mean `" + n + "`?").orElse("Check the name, or add the " + kind + "."));
  }

  private FieldSet table(Token nameToken) {
    String name = NameText.unquote(nameToken.text());
    FieldSet columns = definitions.find("table", name);
    if (columns == null) {
      missing("table", name, nameToken);
    }
    return columns;
  }

  /** A {@code db.*} statement: its table, the columns it names, and the addons it runs. */
  private void database(Block b) {
    if (b.args().isEmpty() || !(b.args().get(0).value() instanceof Literal l) || !l.start().is(TokenKind.STRING) && !l.start().is(TokenKind.IDENT)
        || tables.statement(b.name()) == null || !tables.statement(b.name()).args().contains("name?")) {
      return;
    }
    Token tableName = l.start();
    FieldSet columns = table(tableName);
    String name = NameText.unquote(tableName.text());
    if (b.body() == null) {
      return;
    }
    for (Member m : b.body().members()) {
      if (!(m instanceof Property p)) {
        continue;
      }
      switch (p.name()) {
        case "field_name" -> {
          if (p.value() instanceof Literal f && f.start().is(TokenKind.STRING)) {
            column(columns, name, f.start(), NameText.unquote(f.start().text()));
          }
        }
        case "data" -> {
          if (p.value() instanceof ObjectLiteral o) {
            for (Entry entry : o.entries()) {
              if (entry.key().is(TokenKind.IDENT) || entry.key().is(TokenKind.STRING)) {
                column(columns, name, entry.key(), NameText.unquote(entry.key().text()));
              }
            }
          }
        }
        case "addon" -> addons(p.value());
        default -> { }
      }
      columnPaths(p.value());
    }
  }

  /** {@code $db.table.column} in the expressions of a query. */
  private void columnPaths(Expr e) {
    variables(e, false, (v, inFilter) -> {
      String[] parts = v.path().split("\\.");
      if (parts[0].equals("$db") && parts.length >= 3) {
        column(definitions.find("table", parts[1]), parts[1], v.start(), parts[2]);
      }
    });
  }

  private void column(FieldSet columns, String table, Token at, String column) {
    if (columns == null || columns.open() || columns.fields().containsKey(column) || column.isEmpty() || column.startsWith("$")) {
      return;
    }
    Optional<String> near = spendSuggestion() ? NameText.nearest(column, columns.fields().keySet()) : Optional.empty();
    report.warning(at, "unknown-column", "The table `" + q(table) + "` has no column `" + q(column) + "`.",
        near.map(n -> "Did you mean `" + n + "`?").orElse("Its columns: " + String.join(", ", columns.fields().keySet().stream().limit(12).map(NameCheck::q).toList())
            + (columns.size() > 12 ? ", ..." : "") + "."));
  }

  /** {@code addon = [{name: "a", input: {...}}]} of a query. */
  private void addons(Expr value) {
    List<Expr> items = value instanceof ArrayLiteral a ? a.items() : List.of(value);
    for (Expr item : items) {
      if (item instanceof ObjectLiteral o) {
        Token name = stringEntry(o, "name");
        if (name != null) {
          call("addon", name, NameText.unquote(name.text()), entry(o, "input"), o.start());
        }
      }
    }
  }

  /** {@code middleware = {pre: [...], post: [...]}}, or per kind of construct in a branch; items are names or {@code {name: ...}}. */
  private void middleware(Expr value) {
    if (!(value instanceof ObjectLiteral o)) {
      return;
    }
    for (Entry entry : o.entries()) {
      String key = entry.key().text();
      if ((key.equals("pre") || key.equals("post")) && entry.value() instanceof ArrayLiteral list) {
        for (Expr item : list.items()) {
          Token name = item instanceof Literal l && l.start().is(TokenKind.STRING) ? l.start()
              : item instanceof ObjectLiteral named ? stringEntry(named, "name") : null;
          if (name != null && definitions.find("middleware", NameText.unquote(name.text())) == null) {
            missing("middleware", NameText.unquote(name.text()), name);
          }
        }
      } else {
        middleware(entry.value());
      }
    }
  }

  // ---- helpers

  /** At most {@link Report#CAP} suggestions per check: past that the report is cut anyway, and each costs a search. */
  private boolean spendSuggestion() {
    return suggestions++ < Report.CAP;
  }

  private static Expr entry(ObjectLiteral o, String key) {
    for (Entry entry : o.entries()) {
      if (NameText.unquote(entry.key().text()).equals(key)) {
        return entry.value();
      }
    }
    return null;
  }

  private static Token stringEntry(ObjectLiteral o, String key) {
    return entry(o, key) instanceof Literal l && l.start().is(TokenKind.STRING) ? l.start() : null;
  }

  private static Expr property(Block b, String name) {
    if (b.body() != null) {
      for (Member m : b.body().members()) {
        if (m instanceof Property p && p.name().equals(name)) {
          return p.value();
        }
      }
    }
    return null;
  }

  /** The name a token starts: a quoted string, or a word with the unquoted path that may follow it ({@code function.run reports/daily}). */
  private String nameAt(Token token) {
    if (!token.is(TokenKind.IDENT) || token.end() >= source.length() || source.charAt(token.end()) != '/') {
      return NameText.unquote(token.text());
    }
    int end = token.end();
    while (end < source.length() && !Character.isWhitespace(source.charAt(end)) && source.charAt(end) != '{') {
      end++;
    }
    return source.substring(token.offset(), end);
  }

  /** The variable a path starts with; {@code $var.name} is {@code $name}. */
  private static String root(String path) {
    int dot = path.indexOf('.');
    String first = dot < 0 ? path : path.substring(0, dot);
    if (first.equals("$var") && dot > 0) {
      int next = path.indexOf('.', dot + 1);
      return "$" + (next < 0 ? path.substring(dot + 1) : path.substring(dot + 1, next));
    }
    return first;
  }

  private static String q(String name) {
    return NameText.shown(name);
  }

  private static String aliasName(Token alias) {
    return alias.is(TokenKind.VARIABLE) ? alias.text() : "$" + alias.text();
  }
}
