package dev.xanomcp.xanoscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
  /** All the tokens of {@code code}, up to and with the EOF token. */
  private static List<Token> lex(String code, Report report) {
    Lexer lexer = new Lexer(code, report);
    List<Token> tokens = new ArrayList<>();
    Token t;
    do {
      t = lexer.next();
      tokens.add(t);
    } while (!t.is(TokenKind.EOF));
    return tokens;
  }

  private static String kinds(List<Token> tokens) {
    return String.join(" ", tokens.stream().map(t -> t.kind().name()).toList());
  }

  @Test
  void givesEveryTokenItsLineAndColumn() {
    List<Token> tokens = lex("var $x {\n  value = \"a\\\"b\"|trim\n}", new Report());
    assertEquals("IDENT VARIABLE LBRACE NEWLINE IDENT ASSIGN STRING PIPE IDENT NEWLINE RBRACE EOF", kinds(tokens));
    Token string = tokens.get(6);
    assertEquals(2, string.line());
    assertEquals(11, string.column());
    assertEquals("\"a\\\"b\"", string.text());
  }

  @Test
  void aFiltersValueRunsToTheFirstBlankOutsideItsQuotedArguments() {
    List<Token> tokens = lex("text name? filters=trim|pattern:\"^[\\\\p{L}' ]{0,30}$\":\"Invalid name\" \n", new Report());
    assertEquals("IDENT IDENT QUESTION IDENT ASSIGN RAW NEWLINE EOF", kinds(tokens));
    assertEquals("trim|pattern:\"^[\\\\p{L}' ]{0,30}$\":\"Invalid name\"", tokens.get(5).text());
  }

  @Test
  void keepsOperatorsWhole() {
    List<Token> tokens = lex("$a ==? 1 && $b ?? 2 ~ `$$ > 1` !~ \"x\" .. 3", new Report());
    assertEquals(List.of("$a", "==", "?", "1", "&&", "$b", "??", "2", "~", "`$$ > 1`", "!~", "\"x\"", "..", "3", ""),
        tokens.stream().map(Token::text).toList());
  }

  @Test
  void commentsCountOnlyOnTheirOwnLine() {
    Report report = new Report();
    List<Token> tokens = lex("  // fine\nvar $x { value = 1 } // not fine\n", report);
    assertEquals(TokenKind.COMMENT, tokens.get(0).kind());
    List<Diagnostic> found = report.sorted();
    assertEquals(1, found.size());
    assertEquals("trailing-comment", found.get(0).code());
    assertEquals(2, found.get(0).line());
    assertEquals(22, found.get(0).column());
  }

  @Test
  void urlsInStringsAreNotComments() {
    Report report = new Report();
    lex("url = \"https://example.com/a\"", report);
    assertEquals(List.of(), report.sorted());
  }

  @Test
  void reportsAnUnterminatedStringAndGoesOn() {
    Report report = new Report();
    List<Token> tokens = lex("a = \"open\nb = 2", report);
    assertEquals("unterminated-string", report.sorted().get(0).code());
    assertEquals(1, report.sorted().get(0).line());
    assertEquals(5, report.sorted().get(0).column());
    assertEquals("b", tokens.get(4).text());
    assertEquals(2, tokens.get(4).line());
  }

  @Test
  void readsMultilineStringsAndFieldFilters() {
    Report report = new Report();
    List<Token> tokens = lex("description = \"\"\"\nline\n\"\"\"\ntext code filters=trim|pattern:^[a-z]{2}$ {\n", report);
    assertEquals(TokenKind.STRING, tokens.get(2).kind());
    Token raw = tokens.stream().filter(t -> t.is(TokenKind.RAW)).findFirst().orElseThrow();
    assertEquals("trim|pattern:^[a-z]{2}$", raw.text());
    assertEquals(4, raw.line());
    assertEquals(List.of(), report.sorted());
  }
}
