package io.kinerja.core.properties;

import static io.kinerja.core.properties.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.formula.Expr;
import io.kinerja.core.formula.Function;
import io.kinerja.core.formula.Parser;
import io.kinerja.core.formula.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A formula printed reads back as the same tree, for generated trees of every kind of node. */
class FormulaPropertiesTest {

  private static final Expr.Operator[] OPERATORS = Expr.Operator.values();

  private static Expr tree(SplittableRandom r, int depth) {
    int kind = depth == 0 ? r.nextInt(3) : r.nextInt(7);
    return switch (kind) {
      case 0 -> new Expr.Number(Property.oneOf(r, 0.0, 1.0, 100.0, 0.25, 1e20, 3.5e-7, Math.rint(r.nextDouble(0, 1e6))), 0);
      case 1 -> new Expr.Name(Property.oneOf(r, "a", "b", "leads", "spend_idr", "x1"), 0);
      case 2 -> new Expr.Text(Property.oneOf(r, "Puas", "Promosi Kesehatan", "it's", "say \"hi\""), 0);
      case 3 -> new Expr.Negate(tree(r, depth - 1), 0);
      case 4 -> new Expr.Not(tree(r, depth - 1), 0);
      case 5 -> call(r, depth);
      default -> new Expr.Binary(OPERATORS[r.nextInt(OPERATORS.length)], tree(r, depth - 1), tree(r, depth - 1), 0);
    };
  }

  private static Expr call(SplittableRandom r, int depth) {
    List<Expr> args = new ArrayList<>();
    int n = r.nextInt(0, 4);
    for (int i = 0; i < n; i++) {
      args.add(tree(r, depth - 1));
    }
    String name = r.nextInt(5) == 0 ? "foo" : Property.oneOf(r, Function.values()).spelling();
    return new Expr.Call(name, args, 0);
  }

  @Test
  void a_printed_formula_reads_back_as_an_equal_tree() {
    forAll(1000, r -> tree(r, r.nextInt(0, 6)), tree -> {
      String printed = Printer.print(tree);
      assertThat(withoutOffsets(Parser.parse(printed))).as(printed).isEqualTo(withoutOffsets(tree));
    });
  }

  /** The tree with every offset 0, so that trees compare by what they say, not where it was written. */
  private static Expr withoutOffsets(Expr expr) {
    return expr.accept(new Expr.Visitor<>() {
      @Override
      public Expr number(Expr.Number n) {
        return new Expr.Number(n.value(), 0);
      }

      @Override
      public Expr text(Expr.Text t) {
        return new Expr.Text(t.value(), 0);
      }

      @Override
      public Expr name(Expr.Name n) {
        return new Expr.Name(n.name(), 0);
      }

      @Override
      public Expr negate(Expr.Negate n) {
        return new Expr.Negate(withoutOffsets(n.operand()), 0);
      }

      @Override
      public Expr not(Expr.Not n) {
        return new Expr.Not(withoutOffsets(n.operand()), 0);
      }

      @Override
      public Expr binary(Expr.Binary b) {
        return new Expr.Binary(b.operator(), withoutOffsets(b.left()), withoutOffsets(b.right()), 0);
      }

      @Override
      public Expr call(Expr.Call c) {
        return new Expr.Call(c.function(), c.args().stream().map(FormulaPropertiesTest::withoutOffsets).toList(), 0);
      }
    });
  }
}
