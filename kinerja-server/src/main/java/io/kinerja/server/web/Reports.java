package io.kinerja.server.web;

import io.javalin.http.Context;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.report.HtmlReport;
import io.kinerja.report.PdfReport;
import io.kinerja.report.ReportInput;
import io.kinerja.report.XlsxReport;
import io.kinerja.server.auth.User;
import io.kinerja.server.results.Results;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code GET /api/v1/scorecards/{id}/report?period=P&format=pdf|xlsx|html[&by=DIM][&lang=]}: the scorecard's
 * result as the document {@code kinerja report} writes, for anyone who may see the scorecard. Reports are
 * always sent as attachments, so a report's HTML never runs as a page of the server.
 */
final class Reports {

  private final Results results;
  private final Callers callers;
  private final Clock clock;

  Reports(Results results, Callers callers, Clock clock) {
    this.results = results;
    this.callers = callers;
    this.clock = clock;
  }

  void register(Routes r) {
    r.get(Api.V1 + "/scorecards/{id}/report", this::report);
  }

  private void report(Context ctx) {
    User caller = callers.require(ctx);
    Format format = Format.of(ctx.queryParam("format"));
    String id = ctx.pathParam("id");
    String period = ctx.queryParam("period");
    Results.Evaluated evaluated = results.evaluated(caller, id, period, ctx.queryParam("by"));
    Language asked = Languages.asked(ctx);
    Language language = asked != null ? asked : evaluated.language();
    LocalDate today = LocalDate.now(clock);
    ReportInput input;
    if (evaluated.dimension() != null) {
      input = ReportInput.segments(evaluated.total(), evaluated.dimension(), evaluated.results(), today);
    } else if (evaluated.range()) {
      input = ReportInput.trend(evaluated.results(), today);
    } else {
      input = ReportInput.of(evaluated.results().get(0), today);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    format.write(input, language, out);
    String label = period != null && !period.isBlank() ? period
        : evaluated.results().get(evaluated.results().size() - 1).span().toString();
    String name = fileName(id + "-" + label) + format.extension;
    ctx.contentType(format.type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .result(out.toByteArray());
  }

  /** The dashboard's links to the report of what it shows, in each format, in the page's language. */
  static String links(Language lang, String id, String period, String by) {
    StringBuilder links = new StringBuilder("<p class=\"meta tools reports\">").append(Layout.t(lang, "report.page.download"));
    String separator = " ";
    for (Format f : Format.values()) {
      String href = Api.V1 + "/scorecards/" + Html.url(id) + "/report?period=" + Html.url(period) + "&format="
          + f.name().toLowerCase(Locale.ROOT) + (by == null ? "" : "&by=" + Html.url(by)) + "&lang=" + lang.code();
      links.append(separator).append("<a download href=\"").append(Html.escape(href)).append("\">")
          .append(Layout.t(lang, "report.page." + f.name().toLowerCase(Locale.ROOT))).append("</a>");
      separator = " · ";
    }
    return links.append("</p>").toString();
  }

  /** Only letters, digits, dots, dashes and underscores in a file name offered to the browser. */
  static String fileName(String text) {
    return text.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private enum Format {
    PDF("application/pdf", ".pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    HTML("text/html; charset=utf-8", ".html");

    private final String type;
    private final String extension;

    Format(String type, String extension) {
      this.type = type;
      this.extension = extension;
    }

    static Format of(String text) {
      if (text == null || text.isBlank()) {
        throw InvalidInputException.of(Location.field("format"), "report.cli.unknown_format", "");
      }
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw InvalidInputException.of(Location.field("format"), "report.cli.unknown_format", text);
    }

    void write(ReportInput input, Language language, ByteArrayOutputStream out) {
      switch (this) {
        case PDF -> PdfReport.write(input, language, out);
        case XLSX -> XlsxReport.write(input, language, out);
        case HTML -> HtmlReport.write(input, language, out);
        default -> throw new IllegalStateException(name());
      }
    }
  }
}
