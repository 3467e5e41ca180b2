package io.kinerja.report;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report over many units: the summary first (every unit's final score and category), then one section
 * per unit (its result, the bands, its perspectives' tables, its priorities). It streams: the PDF is
 * rendered in chunks of units into temporary files, numbered "Page i of N" once N is known, and merged
 * with a file-backed cache; the workbook is written by POI's streaming SXSSF, a window of rows at a time.
 * The units are gone through twice (summary, then sections) and only one chunk is held at a time. The
 * per-indicator explanations are left out: the single-unit report has them.
 */
public final class OrganisationReport {

  static final int UNITS_PER_CHUNK = 10;

  /** One line of the summary: all that is kept of a unit between the two passes. */
  private record Line(String name, String segment, Double fin, String shown, String category, String colour) {}

  private OrganisationReport() {}

  /** Writes the organisation's PDF to {@code out} ({@code out} is not closed). */
  public static void pdf(Organisation organisation, Language language, OutputStream out) {
    Words words = new Words(language);
    Path folder = null;
    try {
      folder = Files.createTempDirectory("kinerja-organisation");
      List<Path> chunks = new ArrayList<>();
      chunks.add(render(folder, 0, summaryPage(organisation, summary(organisation, words), words), words));
      Iterator<ScorecardResult> units = organisation.units().get();
      while (units.hasNext()) {
        Markup body = new Markup();
        for (int k = 0; k < UNITS_PER_CHUNK && units.hasNext(); k++) {
          unit(body, units.next(), words);
        }
        chunks.add(render(folder, chunks.size(), body, words));
      }
      merge(number(chunks, words), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(folder);
    }
  }

  /** Writes the organisation's workbook to {@code out}: a Summary sheet and a Units sheet, streamed. */
  public static void xlsx(Organisation organisation, Language language, OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Words words = new Words(language);
      Book book = new Book(workbook, words);
      Sheet summary = workbook.createSheet(words.label("xlsx.summary"));
      Sheet units = workbook.createSheet(words.label("organisation.unit"));
      summarySheet(book, summary, organisation, summary(organisation, words));
      unitsSheet(book, units, organisation);
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        // closing also deletes SXSSF's temporary files; nothing more to do if it cannot
      }
    }
  }

  private static List<Line> summary(Organisation organisation, Words words) {
    List<Line> lines = new ArrayList<>(Math.max(organisation.size(), 0));
    Iterator<ScorecardResult> units = organisation.units().get();
    while (units.hasNext()) {
      ScorecardResult r = units.next();
      Double x = Charts.banded(r, r.overall());
      lines.add(new Line(r.scorecard().name(), Sections.segmentLabel(r), r.overall().fin(), words.finalScore(r),
          words.text(r.category()), Lights.ofFinal(r, x)));
    }
    return lines;
  }

  private static Markup summaryPage(Organisation organisation, List<Line> lines, Words words) {
    Markup out = new Markup();
    out.open("header", "class", "cover").element("p", words.label("title"), "class", "kicker")
        .element("h1", organisation.name()).element("p", words.label("organisation", lines.size()))
        .element("p", words.label("data_date") + ": " + words.date(organisation.dataDate()), "class", "muted")
        .close("header");
    out.element("h2", words.label("organisation.summary")).open("table").open("thead").open("tr")
        .element("th", words.label("organisation.unit")).element("th", words.label("final"), "class", "num")
        .element("th", words.label("category")).close("tr").close("thead").open("tbody");
    for (Line line : lines) {
      out.open("tr").open("td").empty("span", "class", "dot", "style", "background:" + line.colour())
          .text(line.segment() == null ? line.name() : line.segment()).close("td")
          .element("td", line.shown(), "class", "num").element("td", line.category()).close("tr");
    }
    return out.close("tbody").close("table");
  }

  private static void unit(Markup body, ScorecardResult r, Words words) {
    String name = Sections.segmentLabel(r) == null ? r.scorecard().name() : Sections.segmentLabel(r);
    body.open("section", "class", "unit", "style", "page-break-before:always").element("h1", name);
    Sections sections = new Sections(body, words);
    sections.overall(r);
    sections.perspectives(r);
    sections.priorities(r);
    body.close("section");
  }

  private static Path render(Path folder, int index, Markup body, Words words) throws IOException {
    Path file = folder.resolve("chunk-" + index + ".pdf");
    String html = Page.wrap(words.label("title"), body, Page.Medium.PDF, words)
        .replace("@bottom-center{content:" + Page.pageCounter(words), "@bottom-center{content:\"\"");
    try (OutputStream out = Files.newOutputStream(file)) {
      PdfReport.render(html, out);
    }
    return file;
  }

  /** Stamps "Page i of N" on every page of every chunk, now that N is known. */
  private static List<Path> number(List<Path> chunks, Words words) throws IOException {
    int total = 0;
    for (Path chunk : chunks) {
      try (PDDocument document = Loader.loadPDF(chunk.toFile())) {
        total += document.getNumberOfPages();
      }
    }
    List<Path> numbered = new ArrayList<>();
    int page = 0;
    for (Path chunk : chunks) {
      Path target = chunk.resolveSibling("numbered-" + chunk.getFileName());
      try (PDDocument document = Loader.loadPDF(chunk.toFile()); InputStream fontData = font()) {
        PDType0Font font = PDType0Font.load(document, fontData);
        for (PDPage p : document.getPages()) {
          stamp(document, p, font, words.label("page", ++page, total));
        }
        document.save(target.toFile());
      }
      Files.delete(chunk);
      numbered.add(target);
    }
    return numbered;
  }

  private static InputStream font() throws IOException {
    var found = Fonts.dejaVu();
    return found.isPresent() ? Files.newInputStream(found.get().regular()) : Fonts.liberation();
  }

  private static void stamp(PDDocument document, PDPage page, PDType0Font font, String text) throws IOException {
    float size = 6.5f;
    float width = font.getStringWidth(text) / 1000 * size;
    try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
        true, true)) {
      stream.beginText();
      stream.setFont(font, size);
      stream.setNonStrokingColor(0.4f, 0.4f, 0.4f);
      stream.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, 26);
      stream.showText(text);
      stream.endText();
    }
  }

  private static void merge(List<Path> parts, OutputStream out) throws IOException {
    PDFMergerUtility merger = new PDFMergerUtility();
    for (Path part : parts) {
      merger.addSource(part.toFile());
    }
    merger.setDestinationStream(out);
    merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private static void summarySheet(Book book, Sheet sheet, Organisation organisation, List<Line> lines) {
    Words w = book.words;
    book.text(Book.row(sheet, 0), 0, organisation.name(), book.title);
    book.text(Book.row(sheet, 1), 0, w.label("organisation", lines.size()) + " · " + w.label("data_date") + ": "
        + w.date(organisation.dataDate()));
    Row header = sheet.createRow(3);
    book.text(header, 0, w.label("organisation.unit"), book.header);
    book.text(header, 1, w.label("final"), book.header);
    book.text(header, 2, w.label("category"), book.header);
    int row = 4;
    for (Line line : lines) {
      Row r = sheet.createRow(row++);
      book.text(r, 0, line.segment() == null ? line.name() : line.segment());
      if (line.fin() != null) {
        book.number(r, 1, line.fin(), "0.0000");
      }
      book.text(r, 2, line.category());
    }
    sheet.createFreezePane(0, 4);
    sheet.setColumnWidth(0, 40 * 256);
  }

  private static void unitsSheet(Book book, Sheet sheet, Organisation organisation) {
    Words w = book.words;
    Row header = sheet.createRow(0);
    String[] names = {w.label("organisation.unit"), w.label("balance.perspective"), w.label("indicator"),
        w.label("target"), w.label("actual"), w.label("score"), w.label("category")};
    for (int i = 0; i < names.length; i++) {
      book.text(header, i, names[i], book.header);
    }
    sheet.createFreezePane(0, 1);
    int row = 1;
    Iterator<ScorecardResult> units = organisation.units().get();
    while (units.hasNext()) {
      ScorecardResult r = units.next();
      String unit = Sections.segmentLabel(r) == null ? r.scorecard().name() : Sections.segmentLabel(r);
      for (GroupResult g : r.perspectives()) {
        for (IndicatorResult i : r.indicatorsOf(g.id())) {
          Row line = sheet.createRow(row++);
          book.text(line, 0, unit);
          book.text(line, 1, g.name());
          book.text(line, 2, i.indicator().name());
          book.text(line, 3, i.target() == null ? "—" : i.target().text());
          if (i.value() instanceof io.kinerja.core.formula.Value.Number n) {
            book.number(line, 4, n.value(), book.unitFormat(i.indicator().unit()));
          } else {
            book.text(line, 4, w.value(i));
          }
          if (i.score() != null) {
            book.number(line, 5, i.score(), "0.####");
          }
          book.text(line, 6, w.text(i.category()));
        }
      }
      Row total = sheet.createRow(row++);
      book.text(total, 0, unit, book.bold);
      book.text(total, 2, w.label("overall"), book.bold);
      if (r.overall().fin() != null) {
        book.number(total, 5, r.overall().fin(), "0.0000");
      }
      book.text(total, 6, w.text(r.category()), book.bold);
    }
  }
}
