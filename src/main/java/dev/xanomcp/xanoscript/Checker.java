package dev.xanomcp.xanoscript;

import dev.xanomcp.xanoscript.Parser.BodyKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Set;

/**
 * Checks XanoScript code: syntax, and structure against the engine's own tables of constructs,
 * statements, types and filters. Errors mark code the engine rejects; warnings ask for a second
 * look. Thread-safe; the tables load on the first {@link #get()}.
 */
public final class Checker {
  /** Words that start stack members without being statements of the tables. */
  private static final Set<String> STACK_WORDS = Set.of("if", "elseif", "else", "each", "case", "default", "try", "catch", "finally");

  private final EngineTables tables;

  private Checker(EngineTables tables) {
    this.tables = tables;
  }

  private static final class Holder {
    static final Checker INSTANCE = new Checker(EngineTables.load());
  }

  /** The shared instance; loads the tables on first use. */
  public static Checker get() {
    return Holder.INSTANCE;
  }

  /**
   * The diagnostics of {@code code} read as {@code scope}, sorted by line and column; at most
   * {@value Report#CAP}, followed by one {@code more-diagnostics} warning when more were found.
   */
  public List<Diagnostic> check(String code, Scope scope) {
    return check(code, scope, Definitions.NONE);
  }

  /**
   * As {@link #check(String, Scope)}, with the names of whole constructs checked too (never in a
   * fragment): against what the code itself and {@code definitions} (the other files of its
   * folder) define.
   */
  public List<Diagnostic> check(String code, Scope scope, Definitions definitions) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(definitions, "definitions == null");
    if (scope != Scope.FRAGMENT) {
      Report report = new Report();
      List<Token> tokens = Lexer.tokenize(code, report);
      Parser parser = new Parser(code, tokens, report);
      List<Member> members = parser.parseTopLevel(BodyKind.MEMBERS);
      boolean parsed = report.errors() == 0;
      new DocumentChecker(tables, report, false).document(members, scope);
      if (parsed) {
        new NameCheck(tables, report, code, definitions).document(members);
      }
      return report.sorted();
    }
    Report best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Reading reading : Reading.values()) {
      Report report = new Report();
      List<Token> tokens = Lexer.tokenize(code, report, true);
      Parser parser = new Parser(code, tokens, report, true, reading == Reading.STATEMENTS || reading == Reading.CONSTRUCT_BODY);
      List<Member> members = parser.parseTopLevel(reading.kind);
      DocumentChecker checker = new DocumentChecker(tables, report, true);
      switch (reading) {
        case CONSTRUCTS -> checker.document(members, Scope.FRAGMENT);
        case CONSTRUCT_BODY -> checker.constructBody(members);
        case STATEMENTS -> checker.stack(members);
        case FIELDS -> checker.fields(members);
        case EXPRESSIONS -> checker.expressions(members);
      }
      // a reading that does not fit the first word costs one error (fields, which swallow whole
      // lines on an error, two), so that ties go to the fitting one; a snippet that opens with a
      // construct's keyword is that construct, whatever its mistakes
      boolean fits = fits(reading, tokens);
      int misfit = fits ? 0 : fits(Reading.CONSTRUCTS, tokens) ? 100 : reading == Reading.FIELDS ? 3 : 1;
      int score = (report.errors() * 2 + misfit) * 1000 + Math.min(report.warnings(), 999);
      if (score < bestScore) {
        best = report;
        bestScore = score;
      }
      if (bestScore == 0) {
        break;
      }
    }
    return best.sorted();
  }

  /**
   * Every name of the language in the engine's tables with what kind of name it is: {@code
   * statement}, {@code construct}, {@code type}, {@code filter}, {@code database filter} (inside
   * {@code db.query}) or {@code aggregate}.
   */
  public Map<String, String> names() {
    Map<String, String> names = new TreeMap<>();
    for (String[] kind : new String[][] {{"construct", "construct"}, {"statement", "statement"}, {"datatype", "type"}}) {
      tables.all(kind[0]).keySet().forEach(name -> names.putIfAbsent(name, kind[1]));
    }
    for (String[] kind : new String[][] {{"pipe", "filter"}, {"dbfilter", "database filter"}, {"aggregate", "aggregate"}}) {
      tables.filters(kind[0]).keySet().forEach(name -> names.putIfAbsent(name, kind[1]));
    }
    return names;
  }

  /** Names other languages use, each with the XanoScript name to write instead (filters, types, statements). */
  public static Map<String, String> foreignNames() {
    Map<String, String> names = new TreeMap<>(Vocabulary.FOREIGN_STATEMENTS);
    names.putAll(Vocabulary.FOREIGN_TYPES);
    names.putAll(Vocabulary.FOREIGN_FILTERS);
    return names;
  }

  /** Whether the first word of a snippet suggests {@code reading}. */
  private boolean fits(Reading reading, List<Token> tokens) {
    int i = 0;
    while (tokens.get(i).is(TokenKind.NEWLINE) || tokens.get(i).is(TokenKind.COMMENT)) {
      i++;
    }
    Token first = tokens.get(i);
    StringBuilder dotted = new StringBuilder(first.is(TokenKind.IDENT) ? first.text() : "");
    while (first.is(TokenKind.IDENT) && tokens.get(i + 1).is(TokenKind.DOT) && tokens.get(i + 2).is(TokenKind.IDENT)) {
      dotted.append('.').append(tokens.get(i + 2).text());
      i += 2;
    }
    String word = dotted.toString();
    return switch (reading) {
      case CONSTRUCTS -> tables.construct(word) != null;
      case CONSTRUCT_BODY -> tables.all("construct").values().stream().anyMatch(c -> c.member(word) != null);
      case STATEMENTS -> tables.statement(word) != null || STACK_WORDS.contains(word) || !first.is(TokenKind.IDENT);
      case FIELDS -> tables.datatype(word) != null || word.equals("dblink");
      case EXPRESSIONS -> !first.is(TokenKind.IDENT) || word.equals("now") || word.equals("true") || word.equals("false") || word.equals("null");
    };
  }

  /** The ways a documentation snippet can be read, in order of preference. */
  private enum Reading {
    CONSTRUCTS(BodyKind.MEMBERS),
    CONSTRUCT_BODY(BodyKind.MEMBERS),
    STATEMENTS(BodyKind.MEMBERS),
    FIELDS(BodyKind.FIELDS),
    EXPRESSIONS(BodyKind.EXPRESSIONS);

    final BodyKind kind;

    Reading(BodyKind kind) {
      this.kind = kind;
    }
  }

  EngineTables tables() {
    return tables;
  }
}
