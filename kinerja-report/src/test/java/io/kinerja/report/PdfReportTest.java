package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportTest {

  static byte[] pdf(ReportInput input, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport.write(input, language, out);
    return out.toByteArray();
  }

  @Test
  void hostile_names_and_notes_are_printed_literally_in_the_pdf(@TempDir Path dir) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(Hostile.report(dir), Language.EN))) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Unit " + Hostile.SCRIPT, Hostile.PLUS, Hostile.MINUS, "<img src=x onerror=alert(1)>");
      assertThat(document.getDocumentCatalog().getAcroForm()).as("no form fields").isNull();
      assertThat(document.getDocumentCatalog().getOpenAction()).as("no action on opening").isNull();
    }
  }

  @Test
  void the_strict_rsi_unisma_pdf_says_minus_0_3571_kurang_in_indonesian_on_numbered_a4_pages() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(Cases.rsiUnisma2014(), Language.ID))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Skor akhir: -0,3571", "Kategori: Kurang", "Kriteria keseimbangan",
          "Halaman 1 dari " + document.getNumberOfPages());
      for (PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      }
    }
  }

  @Test
  void the_published_pdf_says_0_2143_fair_in_english_with_embedded_fonts_and_vector_charts() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(Cases.rsiUnismaPublished(), Language.EN))) {
      assertThat(new PDFTextStripper().getText(document)).contains("Final score: 0.2143", "Category: Fair",
          "Page 2 of " + document.getNumberOfPages());
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
        for (COSName name : page.getResources().getXObjectNames()) {
          assertThat(page.getResources().getXObject(name)).as("charts are drawn, not pictures")
              .isNotInstanceOf(PDImageXObject.class);
        }
      }
    }
  }

  @Test
  void a_table_longer_than_a_page_repeats_its_header_on_the_next_page(@TempDir Path dir) throws Exception {
    StringBuilder yaml = new StringBuilder("""
        kinerja: 1
        id: long
        name: One long perspective
        language: en
        period: { grain: year, current: "2014" }
        scoring: { method: mulyadi, bands: mulyadi }
        data: { measures: measures.csv }
        perspectives:
          - id: only
            name: Only
            indicators:
        """);
    StringBuilder csv = new StringBuilder("period,measure,value\n");
    for (int i = 1; i <= 60; i++) {
      yaml.append("      - { id: i").append(i).append(", name: Indicator ").append(i).append(", formula: m").append(i)
          .append(", target: \">= 5\" }\n");
      csv.append("2014,m").append(i).append(',').append(i % 10).append('\n');
    }
    Files.writeString(dir.resolve("scorecard.yaml"), yaml);
    Files.writeString(dir.resolve("measures.csv"), csv);
    ReportInput input = ReportInput.of(Cases.evaluate(dir.resolve("scorecard.yaml"), null), Cases.DATA_DATE);
    try (PDDocument document = Loader.loadPDF(pdf(input, Language.EN))) {
      PDFTextStripper stripper = new PDFTextStripper();
      int pagesWithHeader = 0;
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        if (stripper.getText(document).contains("Indicator Formula Target Actual Score Category")) {
          pagesWithHeader++;
        }
      }
      assertThat(pagesWithHeader).as("the one table's header on each page it spans").isGreaterThanOrEqualTo(2);
    }
  }
}
