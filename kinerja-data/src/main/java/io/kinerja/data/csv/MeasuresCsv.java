package io.kinerja.data.csv;

import io.kinerja.core.measure.Observation;
import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.yaml.ScorecardReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads measures in long format: {@code period,measure,value}; further columns are notes ({@code
 * source}, {@code note}, …) or segment dimensions (any other name, such as {@code channel}).
 */
public final class MeasuresCsv {

  private static final List<String> REQUIRED = List.of("period", "measure", "value");

  private MeasuresCsv() {}

  public static List<Observation> read(CsvTable table, NumberStyle numbers, Problems problems) {
    Problems here = new Problems();
    table.require(here, REQUIRED);
    if (here.hasErrors()) {
      problems.addAll(here.all());
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    List<String> dimensions = new ArrayList<>();
    for (String column : table.header()) {
      if (!REQUIRED.contains(column)) {
        (CsvTable.NOTE_COLUMNS.contains(column) ? notes : dimensions).add(column);
      }
    }
    Cells cells = new Cells(table, here, numbers);
    Map<String, Integer> seen = new HashMap<>();
    List<Observation> observations = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (!table.checkWidth(here, row)) {
        continue;
      }
      Period period = cells.period(row, "period");
      String measure = cells.text(row, "measure");
      Double value = cells.number(row, "value");
      if (measure != null && !ScorecardReader.isName(measure)) {
        here.error(table.at(row, "measure"), "csv.bad_measure_name", measure);
        continue;
      }
      if (period == null || measure == null || value == null) {
        continue;
      }
      Map<String, String> segment = new LinkedHashMap<>();
      dimensions.forEach(d -> {
        String v = table.cell(row, d);
        if (!v.isEmpty()) {
          segment.put(d, v);
        }
      });
      String key = period.name() + "|" + measure + "|" + segment;
      Integer before = seen.putIfAbsent(key, row.line());
      if (before != null) {
        here.error(Location.of(table.file(), row.line(), 0), "csv.duplicate_figure", measure, period.name(), before);
        continue;
      }
      observations.add(new Observation(measure, period, segment, value,
          new Origin(table.file(), row.line(), note(table, row, notes))));
    }
    problems.addAll(here.all());
    return observations;
  }

  private static String note(CsvTable table, CsvTable.Row row, List<String> notes) {
    StringJoiner joined = new StringJoiner("; ");
    notes.forEach(n -> {
      if (!table.cell(row, n).isEmpty()) {
        joined.add(table.cell(row, n));
      }
    });
    return joined.length() == 0 ? null : joined.toString();
  }
}
