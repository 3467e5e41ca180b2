package io.kinerja.metrics.expression;

import io.kinerja.metrics.expression.Expr.Operator;
import io.kinerja.metrics.expression.Lexer.Kind;
import io.kinerja.metrics.expression.Lexer.Token;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an expression or a filter by recursive descent. Precedence, loosest first: {@code or},
 * {@code and}, {@code not}, comparisons ({@code = != < <= > >=}, {@code in}, {@code is null}),
 * {@code + -}, {@code * /}, unary minus.
 */
public final class Parser {

  /**
   * How deep an expression may nest (parentheses, lists, {@code not}, signs, and each operator of a
   * chain such as {@code a + b + c}). Every reader of the tree recurses, so an unbounded depth would end
   * in StackOverflowError; no real filter comes near this.
   */
  public static final int MAX_DEPTH = 200;

  private final List<Token> tokens;
  private int pos;
  private int depth;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The tree of {@code text}; throws {@link ExpressionException} naming the offset of the first error. */
  public static Expr parse(String text) {
    Parser parser = new Parser(Lexer.tokens(text));
    if (parser.peek().kind() == Kind.END) {
      throw new ExpressionException(0, "metrics.expr.empty");
    }
    Expr expr = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != Kind.END) {
      throw new ExpressionException(rest.offset(), "metrics.expr.unexpected", rest.text());
    }
    return expr;
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token take() {
    return tokens.get(pos++);
  }

  private boolean takeWord(String word) {
    if (peek().isWord(word)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expectSymbol(String symbol) {
    Token t = peek();
    if (!t.isSymbol(symbol)) {
      throw unexpected(t, symbol);
    }
    pos++;
  }

  /** {@code wanted} is the symbol or word expected there; {@code null} stands for any value. */
  private static ExpressionException unexpected(Token t, String wanted) {
    if (wanted == null) {
      return t.kind() == Kind.END
          ? new ExpressionException(t.offset(), "metrics.expr.ends_early_value")
          : new ExpressionException(t.offset(), "metrics.expr.expected_value", t.text());
    }
    return t.kind() == Kind.END
        ? new ExpressionException(t.offset(), "metrics.expr.ends_early", wanted)
        : new ExpressionException(t.offset(), "metrics.expr.expected", wanted, t.text());
  }

  private Expr or() {
    int outer = depth;
    Expr left = and();
    while (peek().isWord("or")) {
      int at = deeper(take()).offset();
      left = new Expr.Binary(Operator.OR, left, and(), at);
    }
    depth = outer;
    return left;
  }

  private Expr and() {
    int outer = depth;
    Expr left = not();
    while (peek().isWord("and")) {
      int at = deeper(take()).offset();
      left = new Expr.Binary(Operator.AND, left, not(), at);
    }
    depth = outer;
    return left;
  }

  private Expr not() {
    if (peek().isWord("not")) {
      int outer = depth;
      int at = deeper(take()).offset();
      Expr not = new Expr.Not(not(), at);
      depth = outer;
      return not;
    }
    return comparison();
  }

  private Expr comparison() {
    Expr left = additive();
    Token t = peek();
    Operator op = comparisonOperator(t);
    if (op != null) {
      pos++;
      return new Expr.Binary(op, left, additive(), t.offset());
    }
    if (t.isWord("is")) {
      pos++;
      boolean negated = takeWord("not");
      if (!takeWord("null")) {
        throw unexpected(peek(), "null");
      }
      return new Expr.IsNull(left, negated, t.offset());
    }
    if (t.isWord("in") || (t.isWord("not") && tokens.get(pos + 1).isWord("in"))) {
      boolean negated = takeWord("not");
      pos++;
      return new Expr.In(left, list(), negated, t.offset());
    }
    return left;
  }

  private static Operator comparisonOperator(Token t) {
    if (t.kind() != Kind.SYMBOL) {
      return null;
    }
    return switch (t.text()) {
      case "<" -> Operator.LESS;
      case "<=" -> Operator.LESS_OR_EQUAL;
      case ">" -> Operator.GREATER;
      case ">=" -> Operator.GREATER_OR_EQUAL;
      case "=" -> Operator.EQUAL;
      case "!=" -> Operator.NOT_EQUAL;
      default -> null;
    };
  }

  /** {@code ( expr , expr … )}: the items of {@code in} and the arguments of a call. */
  private List<Expr> list() {
    int outer = depth;
    deeper(peek());
    expectSymbol("(");
    List<Expr> items = new ArrayList<>();
    if (peek().isSymbol(")")) {
      throw new ExpressionException(peek().offset(), "metrics.expr.empty_list");
    }
    items.add(or());
    while (peek().isSymbol(",")) {
      pos++;
      items.add(or());
    }
    expectSymbol(")");
    depth = outer;
    return items;
  }

  private Expr additive() {
    int outer = depth;
    Expr left = multiplicative();
    while (peek().isSymbol("+") || peek().isSymbol("-")) {
      Token t = deeper(take());
      Operator op = t.text().equals("+") ? Operator.ADD : Operator.SUBTRACT;
      left = new Expr.Binary(op, left, multiplicative(), t.offset());
    }
    depth = outer;
    return left;
  }

  private Expr multiplicative() {
    int outer = depth;
    Expr left = unary();
    while (peek().isSymbol("*") || peek().isSymbol("/")) {
      Token t = deeper(take());
      Operator op = t.text().equals("*") ? Operator.MULTIPLY : Operator.DIVIDE;
      left = new Expr.Binary(op, left, unary(), t.offset());
    }
    depth = outer;
    return left;
  }

  private Expr unary() {
    if (peek().isSymbol("-")) {
      int outer = depth;
      int at = deeper(take()).offset();
      Expr negate = new Expr.Negate(unary(), at);
      depth = outer;
      return negate;
    }
    return primary();
  }

  private Expr primary() {
    Token t = take();
    return switch (t.kind()) {
      case NUMBER -> new Expr.NumberLiteral(new BigDecimal(t.text()), t.offset());
      case TEXT -> new Expr.TextLiteral(t.text(), t.offset());
      case QUOTED_NAME -> new Expr.Column(t.text(), t.offset());
      case NAME -> name(t);
      case SYMBOL -> parenthesised(t);
      case END -> throw unexpected(t, null);
    };
  }

  private Expr parenthesised(Token t) {
    if (!t.isSymbol("(")) {
      throw unexpected(t, null);
    }
    int outer = depth;
    deeper(t);
    Expr inner = or();
    expectSymbol(")");
    depth = outer;
    return inner;
  }

  /** One level deeper at {@code token}; an expression deeper than {@link #MAX_DEPTH} is refused there. */
  private Token deeper(Token token) {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionException(token.offset(), "metrics.expr.too_deep", MAX_DEPTH);
    }
    return token;
  }

  private Expr name(Token t) {
    if (t.isWord("date") && peek().kind() == Kind.TEXT) {
      return date(take(), t.offset());
    }
    if (peek().isSymbol("(")) {
      Expr.Function function = Expr.Function.byName(t.text());
      if (function == null) {
        throw new ExpressionException(t.offset(), "metrics.expr.unknown_function", t.text(), "coalesce, days_between");
      }
      return new Expr.Call(function, list(), t.offset());
    }
    if (isKeyword(t.text())) {
      throw unexpected(t, null);
    }
    return new Expr.Column(t.text(), t.offset());
  }

  private static boolean isKeyword(String word) {
    return List.of("and", "or", "not", "in", "is", "null").contains(word.toLowerCase());
  }

  private static Expr date(Token text, int at) {
    try {
      return new Expr.DateLiteral(LocalDate.parse(text.text()), at);
    } catch (DateTimeParseException e) {
      throw new ExpressionException(text.offset(), "metrics.expr.bad_date", text.text());
    }
  }
}
