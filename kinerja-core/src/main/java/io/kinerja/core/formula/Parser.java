package io.kinerja.core.formula;

import io.kinerja.core.formula.Expr.Operator;
import io.kinerja.core.formula.Lexer.Kind;
import io.kinerja.core.formula.Lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a formula into an {@link Expr}. Precedence, loosest first: {@code or}, {@code and}, {@code
 * not}, comparisons, {@code + -}, {@code * /}, unary minus, calls and parentheses.
 */
public final class Parser {

  /**
   * How deep a formula may nest (parentheses, calls, unary operators, and each operator of a chain
   * such as {@code a + b + c}). Every reader of the tree recurses, so an unbounded depth would end in
   * StackOverflowError; no real formula comes near this.
   */
  public static final int MAX_DEPTH = 200;

  private final List<Token> tokens;
  private int pos;
  private int depth;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses {@code source}; throws {@link FormulaException} naming the offset of the first problem. */
  public static Expr parse(String source) {
    if (source == null || source.isBlank()) {
      throw new FormulaException(0, "formula.empty");
    }
    Parser parser = new Parser(Lexer.tokens(source));
    Expr expr = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != Kind.END) {
      throw new FormulaException(rest.offset(), "formula.unexpected_token", rest.text());
    }
    return expr;
  }

  private Expr or() {
    int outer = depth;
    Expr left = and();
    while (peekWord("or")) {
      int offset = deeper(advance()).offset();
      left = new Expr.Binary(Operator.OR, left, and(), offset);
    }
    depth = outer;
    return left;
  }

  private Expr and() {
    int outer = depth;
    Expr left = not();
    while (peekWord("and")) {
      int offset = deeper(advance()).offset();
      left = new Expr.Binary(Operator.AND, left, not(), offset);
    }
    depth = outer;
    return left;
  }

  private Expr not() {
    if (peekWord("not")) {
      int outer = depth;
      int offset = deeper(advance()).offset();
      Expr not = new Expr.Not(not(), offset);
      depth = outer;
      return not;
    }
    return comparison();
  }

  private Expr comparison() {
    Expr left = sum();
    Operator op = comparisonOperator(peek());
    if (op != null) {
      int offset = advance().offset();
      left = new Expr.Binary(op, left, sum(), offset);
      Operator another = comparisonOperator(peek());
      if (another != null) {
        throw new FormulaException(peek().offset(), "formula.chained_comparison");
      }
    }
    return left;
  }

  private static Operator comparisonOperator(Token token) {
    if (token.kind() != Kind.SYMBOL) {
      return null;
    }
    return switch (token.text()) {
      case "<" -> Operator.LESS;
      case "<=" -> Operator.LESS_OR_EQUAL;
      case ">" -> Operator.GREATER;
      case ">=" -> Operator.GREATER_OR_EQUAL;
      case "=", "==" -> Operator.EQUAL;
      case "!=", "<>" -> Operator.NOT_EQUAL;
      default -> null;
    };
  }

  private Expr sum() {
    int outer = depth;
    Expr left = product();
    while (peekSymbol("+") || peekSymbol("-")) {
      Token op = deeper(advance());
      Operator operator = op.text().equals("+") ? Operator.ADD : Operator.SUBTRACT;
      left = new Expr.Binary(operator, left, product(), op.offset());
    }
    depth = outer;
    return left;
  }

  private Expr product() {
    int outer = depth;
    Expr left = unary();
    while (peekSymbol("*") || peekSymbol("/")) {
      Token op = deeper(advance());
      Operator operator = op.text().equals("*") ? Operator.MULTIPLY : Operator.DIVIDE;
      left = new Expr.Binary(operator, left, unary(), op.offset());
    }
    depth = outer;
    return left;
  }

  private Expr unary() {
    if (peekSymbol("-") || peekSymbol("+")) {
      int outer = depth;
      Token sign = deeper(advance());
      Expr operand = unary();
      depth = outer;
      return sign.text().equals("-") ? new Expr.Negate(operand, sign.offset()) : operand;
    }
    return primary();
  }

  /** One level deeper at {@code token}; a formula deeper than {@link #MAX_DEPTH} is refused there. */
  private Token deeper(Token token) {
    if (++depth > MAX_DEPTH) {
      throw new FormulaException(token.offset(), "formula.too_deep", MAX_DEPTH);
    }
    return token;
  }

  private Expr primary() {
    Token token = advance();
    switch (token.kind()) {
      case NUMBER:
        return number(token);
      case TEXT:
        return new Expr.Text(token.text(), token.offset());
      case NAME:
        if (isKeyword(token.text())) {
          throw new FormulaException(token.offset(), "formula.unexpected_token", token.text());
        }
        return peekSymbol("(") ? call(token) : new Expr.Name(token.text(), token.offset());
      case SYMBOL:
        if (token.text().equals("(")) {
          int outer = depth;
          deeper(token);
          Expr inner = or();
          expect(")", token);
          depth = outer;
          return inner;
        }
        throw new FormulaException(token.offset(), "formula.unexpected_token", token.text());
      default:
        throw new FormulaException(token.offset(), "formula.unexpected_end");
    }
  }

  /** A number as written; one beyond the range of a double (1e999) is refused, not read as infinity. */
  private static Expr number(Token token) {
    double value = Double.parseDouble(token.text());
    if (Double.isInfinite(value)) {
      throw new FormulaException(token.offset(), "formula.number_too_large", token.text());
    }
    return new Expr.Number(value, token.offset());
  }

  private Expr call(Token name) {
    int outer = depth;
    Token open = deeper(advance());
    List<Expr> args = new ArrayList<>();
    if (!peekSymbol(")")) {
      do {
        args.add(or());
      } while (acceptSymbol(","));
    }
    expect(")", open);
    depth = outer;
    return new Expr.Call(name.text().toLowerCase(), args, name.offset());
  }

  private void expect(String symbol, Token opener) {
    Token token = peek();
    if (!peekSymbol(symbol)) {
      if (token.kind() == Kind.END) {
        throw new FormulaException(opener.offset(), "formula.unclosed_parenthesis");
      }
      throw new FormulaException(token.offset(), "formula.expected", symbol, token.text());
    }
    advance();
  }

  private static boolean isKeyword(String word) {
    String w = word.toLowerCase();
    return w.equals("and") || w.equals("or") || w.equals("not");
  }

  private boolean acceptSymbol(String symbol) {
    if (peekSymbol(symbol)) {
      advance();
      return true;
    }
    return false;
  }

  private boolean peekSymbol(String symbol) {
    Token token = peek();
    return token.kind() == Kind.SYMBOL && token.text().equals(symbol);
  }

  private boolean peekWord(String word) {
    Token token = peek();
    return token.kind() == Kind.NAME && token.text().equalsIgnoreCase(word);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token advance() {
    Token token = tokens.get(pos);
    if (token.kind() != Kind.END) {
      pos++;
    }
    return token;
  }
}
