package io.kinerja.metrics.sql;

import java.util.List;

/**
 * A {@code SELECT} statement: items with aliases, one row source, an optional {@code WHERE}, the
 * {@code GROUP BY} expressions and the 1-based select items to order by.
 */
public record Select(
    boolean distinct, List<Item> items, From from, SqlExpr where, List<SqlExpr> groupBy, List<Integer> orderBy) {

  public record Item(SqlExpr expr, String alias) {}

  public Select {
    items = List.copyOf(items);
    groupBy = List.copyOf(groupBy);
    orderBy = List.copyOf(orderBy);
  }
}
