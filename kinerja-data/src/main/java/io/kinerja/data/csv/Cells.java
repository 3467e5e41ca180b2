package io.kinerja.data.csv;

import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Problems;
import java.util.Optional;

/** Reading one cell as a period, a number or a whole number, reporting the cell when it is not one. */
final class Cells {

  private final CsvTable table;
  private final Problems problems;
  private final NumberStyle numbers;

  Cells(CsvTable table, Problems problems, NumberStyle numbers) {
    this.table = table;
    this.problems = problems;
    this.numbers = numbers;
  }

  String text(CsvTable.Row row, String column) {
    String value = table.cell(row, column);
    if (value.isEmpty()) {
      problems.error(table.at(row, column), "csv.empty_cell");
      return null;
    }
    return value;
  }

  Period period(CsvTable.Row row, String column) {
    String value = text(row, column);
    if (value == null) {
      return null;
    }
    Optional<Period> period = Period.parse(value);
    if (period.isEmpty()) {
      problems.error(table.at(row, column), "csv.bad_period", value);
    }
    return period.orElse(null);
  }

  Double number(CsvTable.Row row, String column) {
    String value = text(row, column);
    if (value == null) {
      return null;
    }
    Double number = numbers.parse(value);
    if (number != null && Double.isInfinite(number)) {
      // 1e400, or 400 nines, reads as infinity, which no formula or score can use.
      problems.error(table.at(row, column), "csv.number_too_large", value);
      return null;
    }
    if (number == null) {
      NumberStyle other = numbers == NumberStyle.PLAIN ? NumberStyle.ID : NumberStyle.PLAIN;
      String key = other.parse(value) != null ? "csv.number_other_style" : "csv.not_a_number";
      problems.error(table.at(row, column), key, value, numbers.example());
    }
    return number;
  }

  Integer whole(CsvTable.Row row, String column, int minimum) {
    Double number = number(row, column);
    if (number == null) {
      return null;
    }
    if (number != Math.rint(number) || number < minimum || number > Integer.MAX_VALUE) {
      problems.error(table.at(row, column), "csv.not_a_whole_number", table.cell(row, column), minimum);
      return null;
    }
    return number.intValue();
  }
}
