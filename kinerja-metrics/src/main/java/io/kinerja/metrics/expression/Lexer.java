package io.kinerja.metrics.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens, each with its offset. */
final class Lexer {

  enum Kind {
    NUMBER,
    TEXT,
    NAME,
    /** A name in double quotes, for columns whose names have spaces or clash with a keyword. */
    QUOTED_NAME,
    SYMBOL,
    END
  }

  record Token(Kind kind, String text, int offset) {
    boolean isWord(String word) {
      return kind == Kind.NAME && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

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
    if (Character.isDigit(c) || (c == '.' && pos + 1 < source.length() && Character.isDigit(source.charAt(pos + 1)))) {
      return number();
    }
    if (Character.isLetter(c) || c == '_') {
      return name();
    }
    if (c == '\'' || c == '"') {
      return quoted(c);
    }
    return symbol(c);
  }

  private Token number() {
    int start = pos;
    while (pos < source.length() && (Character.isDigit(source.charAt(pos)) || source.charAt(pos) == '.')) {
      pos++;
    }
    String text = source.substring(start, pos);
    if (text.indexOf('.') != text.lastIndexOf('.')) {
      throw new ExpressionException(start, "metrics.expr.bad_number", text);
    }
    return new Token(Kind.NUMBER, text, start);
  }

  private Token name() {
    int start = pos;
    while (pos < source.length() && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
      pos++;
    }
    return new Token(Kind.NAME, source.substring(start, pos), start);
  }

  /** A 'text' or a "quoted name"; the quote is written twice to stand for itself, as in SQL. */
  private Token quoted(char quote) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= source.length()) {
        throw new ExpressionException(start, quote == '\'' ? "metrics.expr.unclosed_text" : "metrics.expr.unclosed_name");
      }
      char c = source.charAt(pos++);
      if (c != quote) {
        value.append(c);
      } else if (pos < source.length() && source.charAt(pos) == quote) {
        value.append(quote);
        pos++;
      } else {
        return new Token(quote == '\'' ? Kind.TEXT : Kind.QUOTED_NAME, value.toString(), start);
      }
    }
  }

  private Token symbol(char c) {
    int start = pos;
    String two = pos + 1 < source.length() ? source.substring(pos, pos + 2) : "";
    if (two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("<>")) {
      pos += 2;
      return new Token(Kind.SYMBOL, two.equals("<>") ? "!=" : two, start);
    }
    if ("+-*/()<>=,".indexOf(c) >= 0) {
      pos++;
      return new Token(Kind.SYMBOL, String.valueOf(c), start);
    }
    throw new ExpressionException(start, "metrics.expr.unexpected_character", String.valueOf(c));
  }
}
