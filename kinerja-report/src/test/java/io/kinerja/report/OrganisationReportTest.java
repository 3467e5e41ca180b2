package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.evaluation.Evaluator;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.period.Span;
import io.kinerja.core.text.Language;
import io.kinerja.data.load.LoadedScorecard;
import io.kinerja.data.load.ScorecardLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationReportTest {

  static final int UNITS = OrganisationReport.UNITS_PER_CHUNK + 3;

  /** One small scorecard evaluated per unit, each when asked; counts the evaluations. */
  static Organisation organisation(Path dir, AtomicInteger evaluations) throws Exception {
    Files.writeString(dir.resolve("scorecard.yaml"), """
        kinerja: 1
        id: org
        name: Branch
        language: en
        period: { grain: year, current: "2014" }
        scoring: { method: mulyadi, bands: mulyadi }
        data: { measures: measures.csv }
        perspectives:
          - { id: p, name: Sales, indicators: [ { id: s, name: Sales growth, formula: sales, target: ">= 50" } ] }
        """);
    StringBuilder csv = new StringBuilder("period,measure,value,unit\n");
    for (int u = 1; u <= UNITS; u++) {
      csv.append("2014,sales,").append(u * 7 % 100).append(",Branch ").append(u).append('\n');
    }
    Files.writeString(dir.resolve("measures.csv"), csv);
    LoadedScorecard loaded = ScorecardLoader.load(dir.resolve("scorecard.yaml"));
    List<String> units = loaded.segmentValues("unit");
    return new Organisation("Bank Contoh", Cases.DATA_DATE, units.size(), () -> new Iterator<ScorecardResult>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < units.size();
      }

      @Override
      public ScorecardResult next() {
        evaluations.incrementAndGet();
        return Evaluator.evaluate(loaded.scorecard(), loaded.data(), Span.of(loaded.scorecard().current()),
            Map.of("unit", units.get(next++)));
      }
    });
  }

  @Test
  void the_pdf_puts_the_summary_first_then_a_section_per_unit_numbered_across_chunks(@TempDir Path dir) throws Exception {
    AtomicInteger evaluations = new AtomicInteger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OrganisationReport.pdf(organisation(dir, evaluations), Language.EN, out);
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      int pages = document.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      assertThat(stripper.getText(document)).contains("Bank Contoh", "Organisation report: " + UNITS + " units",
          "Summary", "unit = Branch 1", "Page 1 of " + pages);
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      assertThat(stripper.getText(document)).contains("Page " + pages + " of " + pages, "Final score");
      assertThat(pages).isGreaterThan(UNITS);
    }
    assertThat(evaluations.get()).as("each unit evaluated once for the summary, once for its section")
        .isEqualTo(2 * UNITS);
  }

  @Test
  void the_workbook_has_a_summary_and_every_unit_s_indicators(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OrganisationReport.xlsx(organisation(dir, new AtomicInteger()), Language.ID, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Ringkasan");
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3 + UNITS);
      assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(2 * UNITS);
    }
  }
}
