package io.kinerja.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import io.kinerja.core.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A report as an A4 PDF, rendered by openhtmltopdf from the same page as {@link HtmlReport} with a
 * print style sheet: page numbers at the foot, table headers repeated on every page, the charts as
 * vector graphics (through the SVG plugin) and an embedded font that covers Indonesian text.
 */
public final class PdfReport {

  static {
    // openhtmltopdf logs every step at INFO through java.util.logging; a report is not a log.
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
    XRLog.setLoggingEnabled(false);
  }

  private PdfReport() {}

  /** Writes the PDF for {@code input} in {@code language} to {@code out} ({@code out} is not closed). */
  public static void write(ReportInput input, Language language, OutputStream out) {
    render(HtmlReport.page(input, language, Page.Medium.PDF), out);
  }

  /** Renders a page made for {@link Page.Medium#PDF}. */
  static void render(String html, OutputStream out) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    font(builder);
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder) {
    var found = Fonts.dejaVu();
    if (found.isPresent()) {
      builder.useFont(found.get().regular().toFile(), Fonts.FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      if (found.get().bold() != null) {
        builder.useFont(found.get().bold().toFile(), Fonts.FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
      }
      if (found.get().mono() != null) {
        builder.useFont(found.get().mono().toFile(), Fonts.MONO, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      }
      return;
    }
    builder.useFont(Fonts::liberation, Fonts.FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(Fonts::liberation, Fonts.FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
  }
}
