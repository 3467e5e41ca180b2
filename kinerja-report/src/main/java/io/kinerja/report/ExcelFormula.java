package io.kinerja.report;

import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.Function;
import io.kinerja.core.formula.Printer;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Translates a formula's syntax tree into an Excel formula over cell references: measures become cells
 * of the Data sheet, indicators the value cells of the Scorecard sheet, and the calls Excel cannot
 * compute from the figures on the sheet ({@code completion}, {@code likert_*}) become cells of the Data
 * sheet holding Kinerja's value. A formula over other periods ({@code prev}, {@code ytd}, {@code
 * growth}) or over class names cannot be written at all: {@link Untranslatable} says so, and the caller
 * puts the indicator's whole value on the Data sheet instead.
 */
final class ExcelFormula implements Expr.Visitor<String> {

  /** Where each name lives in the workbook. */
  interface Cells {
    /** The cell holding a measure's value, or holding a constant computed by Kinerja ({@code completion("X")}). */
    String data(String key);

    boolean isIndicator(String name);

    /** The value cell of another indicator. */
    String indicator(String id);
  }

  /** The formula uses something Excel cannot compute from the sheet. */
  static final class Untranslatable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Untranslatable(String what) {
      super(what, null, false, false);
    }
  }

  /** Excel's own limits: a formula's length in characters, and how deep its calls may nest. */
  static final int MAX_LENGTH = 8192;

  static final int MAX_NESTING = 64;

  private final Cells cells;

  private ExcelFormula(Cells cells) {
    this.cells = cells;
  }

  /** The Excel formula (without the leading '=') for {@code expr}, or throws {@link Untranslatable}. */
  static String of(Expr expr, Cells cells) {
    String formula = expr.accept(new ExcelFormula(cells));
    if (formula.length() > MAX_LENGTH || nesting(formula) > MAX_NESTING) {
      throw new Untranslatable(Printer.print(expr));
    }
    return formula;
  }

  /** How deep the parentheses go; Excel refuses a workbook whose formulas nest deeper than it allows. */
  private static int nesting(String formula) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < formula.length(); i++) {
      char c = formula.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  /** The key under which a call's value is put on the Data sheet: the call as written. */
  static String key(Expr.Call call) {
    return Printer.print(call);
  }

  @Override
  public String number(Expr.Number n) {
    return BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString();
  }

  @Override
  public String text(Expr.Text t) {
    throw new Untranslatable("\"" + t.value() + "\"");
  }

  @Override
  public String name(Expr.Name n) {
    return cells.isIndicator(n.name()) ? cells.indicator(n.name()) : cells.data(n.name());
  }

  @Override
  public String negate(Expr.Negate n) {
    return "(-" + n.operand().accept(this) + ")";
  }

  @Override
  public String not(Expr.Not n) {
    return "IF(" + n.operand().accept(this) + "=0,1,0)";
  }

  @Override
  public String binary(Expr.Binary b) {
    String left = b.left().accept(this);
    String right = b.right().accept(this);
    return switch (b.operator()) {
      case AND -> "IF(AND(" + left + "<>0," + right + "<>0),1,0)";
      case OR -> "IF(OR(" + left + "<>0," + right + "<>0),1,0)";
      case NOT_EQUAL -> "IF(" + left + "<>" + right + ",1,0)";
      case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL ->
          "IF(" + left + b.operator().symbol() + right + ",1,0)";
      default -> "(" + left + b.operator().symbol() + right + ")";
    };
  }

  @Override
  public String call(Expr.Call c) {
    Function function = Function.named(c.function());
    return switch (function) {
      case COMPLETION, LIKERT_TOTAL, LIKERT_MEAN, LIKERT_INDEX, LIKERT_CLASS -> cells.data(key(c));
      case PREV, YTD, GROWTH -> throw new Untranslatable(key(c));
      case IF -> "IF(" + c.args().get(0).accept(this) + "<>0," + c.args().get(1).accept(this) + ","
          + c.args().get(2).accept(this) + ")";
      case MIN, MAX, ABS -> function.name() + "(" + args(c) + ")";
      case ROUND -> c.args().size() == 1 ? "ROUND(" + args(c) + ",0)" : "ROUND(" + args(c) + ")";
    };
  }

  private String args(Expr.Call c) {
    return c.args().stream().map(a -> a.accept(this)).collect(Collectors.joining(","));
  }
}
