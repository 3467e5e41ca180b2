package io.kinerja.data.csv;

import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.programme.Per;
import io.kinerja.core.programme.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a work programme (seed 001, Tabel 7): {@code
 * period,category,program,target_count,target_per,achieved_count,achieved_per}, where a "per" is
 * week, month, quarter, year or percent.
 */
public final class ProgrammesCsv {

  private static final List<String> REQUIRED =
      List.of("period", "category", "program", "target_count", "target_per", "achieved_count", "achieved_per");

  private ProgrammesCsv() {}

  public static List<Programme> read(CsvTable table, NumberStyle numbers, Problems problems) {
    Problems here = new Problems();
    table.require(here, REQUIRED);
    if (here.hasErrors()) {
      problems.addAll(here.all());
      return List.of();
    }
    Cells cells = new Cells(table, here, numbers);
    List<Programme> programmes = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (!table.checkWidth(here, row)) {
        continue;
      }
      Period period = cells.period(row, "period");
      String category = cells.text(row, "category");
      String name = cells.text(row, "program");
      Double target = cells.number(row, "target_count");
      Per targetPer = per(table, row, "target_per", here);
      Double achieved = cells.number(row, "achieved_count");
      Per achievedPer = per(table, row, "achieved_per", here);
      if (target != null && target <= 0) {
        here.error(table.at(row, "target_count"), "csv.target_not_positive", table.cell(row, "target_count"));
        continue;
      }
      if (achieved != null && achieved < 0) {
        here.error(table.at(row, "achieved_count"), "csv.negative", table.cell(row, "achieved_count"));
        continue;
      }
      if (targetPer != null && achievedPer != null && targetPer.isCount() != achievedPer.isCount()) {
        here.error(table.at(row, "achieved_per"), "csv.per_mismatch", targetPer.key(), achievedPer.key());
        continue;
      }
      if (period != null && category != null && name != null && target != null && targetPer != null
          && achieved != null && achievedPer != null) {
        programmes.add(new Programme(period, category, name, target, targetPer, achieved, achievedPer,
            new Origin(table.file(), row.line(), null)));
      }
    }
    problems.addAll(here.all());
    return programmes;
  }

  private static Per per(CsvTable table, CsvTable.Row row, String column, Problems problems) {
    String text = table.cell(row, column);
    Per per = Per.byName(text.strip());
    if (per == null) {
      problems.error(table.at(row, column), "csv.bad_per", text);
    }
    return per;
  }
}
