package io.kinerja.report;

import io.kinerja.core.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A report as one self-contained HTML page: styles inline, charts as inline SVG, no script, no font or
 * image fetched from anywhere; readable on a phone and printable. Every text from the scorecard or its
 * data is escaped.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** Writes the page for {@code input} in {@code language} to {@code out} (UTF-8; {@code out} is not closed). */
  public static void write(ReportInput input, Language language, OutputStream out) {
    try {
      out.write(page(input, language, Page.Medium.SCREEN).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as text, for the screen or for the PDF renderer. */
  static String page(ReportInput input, Language language, Page.Medium medium) {
    Words words = new Words(language);
    Markup body = new Markup();
    new Sections(body, words).all(input);
    String title = input.result().scorecard().name() + " · " + input.result().span().name();
    return Page.wrap(title, body, medium, words);
  }
}
