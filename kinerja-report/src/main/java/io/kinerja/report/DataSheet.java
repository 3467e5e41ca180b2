package io.kinerja.report;

import io.kinerja.core.formula.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The Data sheet: one row per measure the formulas use, then the figures Kinerja computed that Excel
 * cannot (a programme's completion, a questionnaire's index, an indicator over other periods), then the
 * classes of a Likert scale; one value column per result (the whole unit, a segment, a period). Rows are
 * planned first, while the Scorecard sheets' formulas are translated, and written at the end.
 */
final class DataSheet {

  static final int FIRST_VALUE_COLUMN = 1;

  /** One row: its key as shown, a value per result column, and a note. */
  private static final class Entry {
    final String label;
    final Map<Integer, Value> values = new LinkedHashMap<>();
    String note;

    Entry(String label, String note) {
      this.label = label;
      this.note = note;
    }
  }

  private final String name;
  private final Map<String, Entry> measures = new LinkedHashMap<>();
  private final Map<String, Entry> constants = new LinkedHashMap<>();
  private final Map<String, Integer> rows = new LinkedHashMap<>();
  private List<String> scale = List.of();
  private int scaleRow = -1;
  private int constantsHeading = -1;

  DataSheet(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  void measure(String key, int column, Value value, String note) {
    put(measures, key, key, column, value, note);
  }

  void constant(String key, String label, int column, Value value, String note) {
    put(constants, key, label, column, value, note);
  }

  private static void put(Map<String, Entry> entries, String key, String label, int column, Value value, String note) {
    Entry entry = entries.computeIfAbsent(key, k -> new Entry(label, note));
    Value known = entry.values.get(column);
    if (known == null || known.isMissing()) {
      entry.values.put(column, value);
    }
    if (entry.note == null) {
      entry.note = note;
    }
  }

  void scale(List<String> classes) {
    if (scale.isEmpty()) {
      scale = List.copyOf(classes);
    }
  }

  /** Fixes every row's place; call once everything is planned. */
  void layout() {
    int row = 2;
    for (String key : measures.keySet()) {
      rows.put(key, row++);
    }
    if (!constants.isEmpty()) {
      constantsHeading = ++row;
      row++;
      for (String key : constants.keySet()) {
        rows.put(key, row++);
      }
    }
    if (!scale.isEmpty()) {
      scaleRow = row + 2;
    }
  }

  /** The absolute reference of a key's value for one result column: {@code Data!$B$5}. */
  String ref(String key, int column) {
    Integer row = rows.get(key);
    if (row == null) {
      throw new IllegalStateException("not planned on the Data sheet: " + key);
    }
    return new CellReference(name, row, column, true, true).formatAsString();
  }

  /** The range of the Likert scale's classes, bottom first. */
  String scaleRange() {
    return new CellReference(name, scaleRow, 0, true, true).formatAsString() + ":"
        + new CellReference(scaleRow + scale.size() - 1, 0, true, true).formatAsString();
  }

  void write(Book book, Sheet sheet, List<String> columnLabels) {
    Words w = book.words;
    int noteColumn = FIRST_VALUE_COLUMN + columnLabels.size();
    Row header = Book.row(sheet, 1);
    book.text(header, 0, w.label("xlsx.measure"), book.header);
    for (int i = 0; i < columnLabels.size(); i++) {
      book.text(header, FIRST_VALUE_COLUMN + i, columnLabels.get(i), book.header);
    }
    book.text(header, noteColumn, w.label("xlsx.note"), book.header);
    book.text(Book.row(sheet, 0), 0, w.label("xlsx.data"), book.title);
    entries(book, sheet, measures, noteColumn);
    if (constantsHeading >= 0) {
      book.text(Book.row(sheet, constantsHeading), 0, w.label("xlsx.inputs_heading"), book.bold);
      entries(book, sheet, constants, noteColumn);
    }
    if (scaleRow >= 0) {
      book.text(Book.row(sheet, scaleRow - 1), 0, w.label("xlsx.scale_heading"), book.bold);
      for (int k = 0; k < scale.size(); k++) {
        book.text(Book.row(sheet, scaleRow + k), 0, scale.get(k));
      }
    }
    sheet.createFreezePane(1, 2);
    sheet.setColumnWidth(0, 42 * 256);
    for (int i = 0; i < columnLabels.size(); i++) {
      sheet.setColumnWidth(FIRST_VALUE_COLUMN + i, 18 * 256);
    }
    sheet.setColumnWidth(noteColumn, 80 * 256);
  }

  private void entries(Book book, Sheet sheet, Map<String, Entry> entries, int noteColumn) {
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      Row row = Book.row(sheet, rows.get(e.getKey()));
      book.text(row, 0, e.getValue().label);
      for (Map.Entry<Integer, Value> v : e.getValue().values.entrySet()) {
        if (v.getValue() instanceof Value.Number n) {
          book.number(row, v.getKey(), n.value(), "#,##0.######");
        } else if (v.getValue() instanceof Value.Class c) {
          book.text(row, v.getKey(), c.label());
        }
      }
      book.text(row, noteColumn, e.getValue().note, book.text);
    }
  }

  /** Every planned key, for tests and for the summary of what the workbook holds. */
  List<String> keys() {
    List<String> all = new ArrayList<>(measures.keySet());
    all.addAll(constants.keySet());
    return all;
  }
}
