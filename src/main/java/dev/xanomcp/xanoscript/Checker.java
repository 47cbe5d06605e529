package dev.xanomcp.xanoscript;

import dev.xanomcp.Checkpoint;
import dev.xanomcp.xanoscript.Parser.BodyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks XanoScript code: syntax, and structure against the engine's own tables of constructs,
 * statements, types and filters. Errors mark code the engine rejects; warnings ask for a second
 * look. Thread-safe; the tables load on the first {@link #get()}.
 */
public final class Checker {
  /** What code was checked as: one construct, as a {@code .xs} file holds it. */
  public static final String FILE = "file";
  /** Several constructs, as a Run API document holds them. */
  public static final String DOCUMENT = "document";
  /** Statements of a stack. */
  public static final String STATEMENTS = "statements";
  /** Members of a construct ({@code input { ... }}, {@code response = ...}) or the fields of an input. */
  public static final String CLAUSE = "clause";
  /** Bare expressions. */
  public static final String EXPRESSION = "expression";

  /** Words that start stack members without being statements of the tables. */
  private static final Set<String> STACK_WORDS = Set.of("if", "elseif", "else", "each", "case", "default", "try", "catch", "finally");

  private final EngineTables tables;
  /** The names of the members of every construct and statement: the words a clause starts with. */
  private final Set<String> clauseWords = new HashSet<>();

  private Checker(EngineTables tables) {
    this.tables = tables;
    for (String kind : List.of("construct", "statement")) {
      tables.all(kind).values().forEach(spec -> clauseWords.addAll(spec.members().keySet()));
    }
  }

  private static final class Holder {
    static final Checker INSTANCE = new Checker(EngineTables.load());
  }

  /** The shared instance; loads the tables on first use. */
  public static Checker get() {
    return Holder.INSTANCE;
  }

  /**
   * What a check found: what the code was checked as ({@link #FILE}, {@link #DOCUMENT}, {@link
   * #STATEMENTS}, {@link #CLAUSE} or {@link #EXPRESSION}), the diagnostics by line and column (at
   * most {@value Report#CAP}, errors kept before warnings) and how many more were found and not
   * listed.
   */
  public record Result(String checkedAs, List<Diagnostic> diagnostics, int more) {
    public Result {
      Objects.requireNonNull(checkedAs, "checkedAs == null");
      diagnostics = List.copyOf(diagnostics);
    }

    /** No error: errors are listed before warnings, so an unlisted one would mean a listed one. */
    public boolean valid() {
      return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Checks {@code code} as an assistant passes it: whole constructs when it starts with one (a
   * file, or a Run API document when it holds several), else as the snippet it is (statements, a
   * clause of a construct, field declarations or expressions), whichever reading fits best.
   */
  public Result check(String code) {
    return check(code, Definitions.NONE);
  }

  /**
   * As {@link #check(String)}, with the names of whole constructs checked too (never those of a
   * snippet, whose variables may come from code around it): against what the code itself and
   * {@code definitions} (the other files of its folder) define.
   */
  public Result check(String code, Definitions definitions) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(definitions, "definitions == null");
    String word = firstWord(code);
    if (isConstruct(word)) {
      Report report = new Report();
      List<Member> members = new Parser(code, report, true).parseTopLevel(BodyKind.MEMBERS);
      if (!report.stopped()) {
        boolean parsed = report.errors() == 0;
        new DocumentChecker(tables, report, true).document(members, false);
        names(parsed, report, code, members, definitions);
      }
      long count = members.stream().filter(Member.Block.class::isInstance).count();
      return result(count > 1 ? DOCUMENT : FILE, report);
    }
    return snippet(code, word);
  }

  /** Checks the text of a {@code .xs} file: exactly one construct. */
  public Result checkFile(String text) {
    return checkFile(text, Definitions.NONE);
  }

  /** As {@link #checkFile(String)}, with the names the other files of its folder define ({@code definitions}). */
  public Result checkFile(String text, Definitions definitions) {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(definitions, "definitions == null");
    Report report = new Report();
    List<Member> members = new Parser(text, report).parseTopLevel(BodyKind.MEMBERS);
    if (!report.stopped()) {
      boolean parsed = report.errors() == 0;
      new DocumentChecker(tables, report, false).document(members, true);
      names(parsed, report, text, members, definitions);
    }
    return result(FILE, report);
  }

  /** The name checks, on code that parsed without error: a broken tree would only give them noise. */
  private void names(boolean parsed, Report report, String code, List<Member> members, Definitions definitions) {
    if (parsed) {
      new NameCheck(tables, report, code, definitions).document(members);
    }
  }

  private static Result result(String checkedAs, Report report) {
    return new Result(checkedAs, report.sorted(), report.more());
  }

  /**
   * A snippet, read every way it could be meant. A reading without error wins, the one its first
   * word suggests first, so that a valid snippet never gets an error; failing that, of the readings
   * its first word suggests the one with fewest errors, so that the errors are those of what the
   * code was meant to be; failing that, the reading with fewest errors.
   */
  private Result snippet(String code, String word) {
    List<Reading> order = new ArrayList<>(Arrays.asList(Reading.values()));
    order.sort(Comparator.comparing(r -> !fits(r, word)));
    Report fitting = null;
    Reading fittingReading = null;
    Report fewest = null;
    Reading fewestReading = null;
    for (Reading reading : order) {
      Checkpoint.check();
      Report report = new Report();
      List<Member> members = new Parser(code, report, true).parseTopLevel(reading.kind);
      if (!report.stopped()) {
        DocumentChecker checker = new DocumentChecker(tables, report, true);
        switch (reading) {
          case CONSTRUCT_BODY -> checker.constructBody(members);
          case STATEMENTS -> checker.stack(members);
          case FIELDS -> checker.fields(members);
          case EXPRESSIONS -> checker.expressions(members);
        }
      }
      if (report.errors() == 0) {
        return result(reading.checkedAs, report);
      }
      if (fits(reading, word) && (fitting == null || report.errors() < fitting.errors())) {
        fitting = report;
        fittingReading = reading;
      }
      if (fewest == null || report.errors() < fewest.errors()) {
        fewest = report;
        fewestReading = reading;
      }
    }
    return fitting != null ? result(fittingReading.checkedAs, fitting) : result(fewestReading.checkedAs, fewest);
  }

  private boolean isConstruct(String word) {
    return tables.construct(word) != null;
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

  /** The first word of the code, dotted names joined ({@code db.query}); empty when it starts with no word. */
  private static String firstWord(String code) {
    TokenStream tokens = new TokenStream(code, new Report());
    int i = 0;
    while (tokens.get(i).is(TokenKind.NEWLINE) || tokens.get(i).is(TokenKind.COMMENT) || tokens.get(i).is(TokenKind.BANG)) {
      i++;
    }
    Token first = tokens.get(i);
    if (!first.is(TokenKind.IDENT)) {
      return "";
    }
    StringBuilder dotted = new StringBuilder(first.text());
    while (tokens.get(i + 1).is(TokenKind.DOT) && tokens.get(i + 2).is(TokenKind.IDENT)) {
      dotted.append('.').append(tokens.get(i + 2).text());
      i += 2;
    }
    return dotted.toString();
  }

  /** Whether the first word of a snippet suggests {@code reading}. */
  private boolean fits(Reading reading, String word) {
    return switch (reading) {
      case CONSTRUCT_BODY -> clauseWords.contains(word);
      case STATEMENTS -> tables.statement(word) != null || STACK_WORDS.contains(word);
      case FIELDS -> tables.datatype(word) != null || word.equals("dblink");
      case EXPRESSIONS -> word.isEmpty() || word.equals("now") || word.equals("true") || word.equals("false") || word.equals("null");
    };
  }

  /** The ways a snippet can be read. */
  private enum Reading {
    STATEMENTS(BodyKind.MEMBERS, Checker.STATEMENTS),
    CONSTRUCT_BODY(BodyKind.MEMBERS, Checker.CLAUSE),
    FIELDS(BodyKind.FIELDS, Checker.CLAUSE),
    EXPRESSIONS(BodyKind.EXPRESSIONS, Checker.EXPRESSION);

    final BodyKind kind;
    final String checkedAs;

    Reading(BodyKind kind, String checkedAs) {
      this.kind = kind;
      this.checkedAs = checkedAs;
    }
  }

  EngineTables tables() {
    return tables;
  }
}
