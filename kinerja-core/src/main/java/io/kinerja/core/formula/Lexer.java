package io.kinerja.core.formula;

import java.util.ArrayList;
import java.util.List;

/** Splits a formula into tokens, each with its offset. */
final class Lexer {

  enum Kind {
    NUMBER,
    TEXT,
    NAME,
    SYMBOL,
    END
  }

  record Token(Kind kind, String text, int offset) {}

  private final String source;
  private int pos;

  private Lexer(String source) {
    this.source = source;
  }

  static List<Token> tokens(String source) {
    return new Lexer(source).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= source.length()) {
        tokens.add(new Token(Kind.END, "", pos));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipSpace() {
    while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
      pos++;
    }
  }

  private Token next() {
    char c = source.charAt(pos);
    if (isDigit(c) || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
      return number();
    }
    if (Character.isLetter(c) || c == '_') {
      return name();
    }
    if (c == '"' || c == '\'') {
      return text(c);
    }
    return symbol(c);
  }

  private Token number() {
    int start = pos;
    while (pos < source.length() && (isDigit(source.charAt(pos)) || source.charAt(pos) == '.')) {
      pos++;
    }
    if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
      int mark = pos;
      pos++;
      if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < source.length() && isDigit(source.charAt(pos))) {
        while (pos < source.length() && isDigit(source.charAt(pos))) {
          pos++;
        }
      } else {
        pos = mark;
      }
    }
    String text = source.substring(start, pos);
    if (text.indexOf('.') != text.lastIndexOf('.')) {
      throw new FormulaException(start, "formula.bad_number", text);
    }
    return new Token(Kind.NUMBER, text, start);
  }

  /**
   * Only 0–9 start or continue a number: {@link Character#isDigit} also accepts other scripts' digits
   * (Arabic-Indic, Devanagari…), which {@link Double#parseDouble} cannot read.
   */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Token name() {
    int start = pos;
    while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
      pos++;
    }
    return new Token(Kind.NAME, source.substring(start, pos), start);
  }

  private Token text(char quote) {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < source.length() && source.charAt(pos) != quote) {
      value.append(source.charAt(pos++));
    }
    if (pos >= source.length()) {
      throw new FormulaException(start, "formula.unclosed_text");
    }
    pos++;
    return new Token(Kind.TEXT, value.toString(), start);
  }

  private Token symbol(char c) {
    int start = pos;
    String two = pos + 1 < source.length() ? source.substring(pos, pos + 2) : "";
    if (two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("<>") || two.equals("==")) {
      pos += 2;
      return new Token(Kind.SYMBOL, two, start);
    }
    if ("+-*/()<>=,".indexOf(c) >= 0) {
      pos++;
      return new Token(Kind.SYMBOL, String.valueOf(c), start);
    }
    throw new FormulaException(start, "formula.unexpected_character", String.valueOf(c));
  }
}
