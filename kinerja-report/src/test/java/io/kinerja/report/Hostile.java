package io.kinerja.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A scorecard whose user text is hostile: markup in names, formulas for a spreadsheet in names and
 * notes, a quote, a segment value that is a formula. Every report must show it as plain text.
 */
final class Hostile {

  static final String SCRIPT = "<script>alert('x')</script>";
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.invalid\",\"klik\")";
  static final String PLUS = "+cmd|' /C calc'!A0";
  static final String AT = "@SUM(1,2)";
  static final String MINUS = "-2+3";

  private Hostile() {}

  static ReportInput report(Path dir) {
    return ReportInput.of(Cases.evaluate(folder(dir), null), LocalDate.of(2015, 1, 31));
  }

  /** Writes the scorecard and its measures into {@code dir}; returns the scorecard file. */
  static Path folder(Path dir) {
    String yaml = String.join("\n",
        "kinerja: 1",
        "id: hostile",
        "name: " + quoted("Unit " + SCRIPT),
        "language: en",
        "period: { grain: year, current: \"2014\" }",
        "scoring: { method: mulyadi, tolerance: 0, bands: mulyadi }",
        "data: { measures: measures.csv }",
        "perspectives:",
        "  - id: p1",
        "    name: " + quoted(SCRIPT + " & <b>bold</b>"),
        "    indicators:",
        "      - id: a",
        "        name: " + quoted(HYPERLINK),
        "        formula: spend / budget * 100",
        "        unit: \"%\"",
        "        target: \"< 100\"",
        "      - id: b",
        "        name: " + quoted(PLUS),
        "        formula: spend",
        "        target: \">= 1\"",
        "        score: { value: 1, note: " + quoted(AT) + " }",
        "  - id: p2",
        "    name: " + quoted(MINUS),
        "    indicators:",
        "      - id: c",
        "        name: " + quoted("<img src=x onerror=alert(1)>"),
        "        formula: budget",
        "        target: \">= 1\"",
        "");
    String measures = String.join("\n",
        "period,measure,value,source",
        "2014,spend,90,\"" + HYPERLINK.replace("\"", "\"\"") + "\"",
        "2014,budget,100," + SCRIPT,
        "");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("measures.csv"), measures);
      Path file = dir.resolve("scorecard.yaml");
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
