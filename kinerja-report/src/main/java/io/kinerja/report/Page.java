package io.kinerja.report;

/**
 * The page around a report's body: the doctype, the head with its style sheet, and the style sheet
 * itself, for a screen (readable on a phone, printable) or for the PDF renderer (A4, page numbers,
 * table headers repeated on each page, the embedded font).
 */
final class Page {

  enum Medium {
    SCREEN,
    PDF
  }

  private static final String STYLE = """
      *{box-sizing:border-box}
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#1f2d3d;\
      margin:0 auto;max-width:980px;padding:18px;line-height:1.4;font-size:14px;background:#fff}
      h1{font-size:1.7em;margin:.15em 0 .4em}
      h2{font-size:1.25em;border-bottom:2px solid #2d5f8b;padding-bottom:3px;margin:1.5em 0 .5em;page-break-after:avoid}
      h3{font-size:1.05em;margin:1em 0 .3em;page-break-after:avoid}
      .kicker{text-transform:uppercase;letter-spacing:.08em;color:#2d5f8b;font-size:.85em;margin:0}
      .cover{border-bottom:4px solid #2d5f8b;padding-bottom:10px}
      table{border-collapse:collapse;width:100%;margin:.4em 0 .8em}
      th,td{border-bottom:1px solid #dde1e6;padding:4px 6px;text-align:left;vertical-align:top}
      th{background:#eef2f6;font-weight:bold}
      td.num,th.num{text-align:right;white-space:nowrap}
      td.seg{text-align:right}
      table.facts th{width:34%;background:none;font-weight:normal;color:#555}
      tr.total td{font-weight:bold;border-top:2px solid #2d5f8b}
      tr.reached td{background:#fff4cc}
      .big{font-size:2.1em;font-weight:bold;margin:.1em 0}
      .dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;border:1px solid #555;margin-right:.35em}
      .override{color:#9a5b00;font-size:.9em}
      .mark{color:#9a5b00;font-weight:bold}
      .muted{color:#667}
      .formula{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85em;color:#334;word-break:break-word}
      svg.chart{max-width:100%;height:auto;display:block;margin:.3em 0}
      .trends{display:flex;flex-wrap:wrap;gap:8px}
      .trends svg{border:1px solid #e4e7eb}
      .scroll{overflow-x:auto}
      pre{white-space:pre-wrap;word-wrap:break-word;font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;\
      font-size:11px;background:#f7f8fa;padding:8px;border-left:3px solid #2d5f8b;page-break-inside:avoid}
      footer{margin-top:2em;color:#667;font-size:.85em}
      @media (max-width:640px){body{padding:8px;font-size:13px}.big{font-size:1.6em}th,td{padding:3px 4px}}
      @media print{body{max-width:none;padding:0;font-size:11px}.scroll{overflow:visible}
      thead{display:table-header-group}tr{page-break-inside:avoid}section.perspective{page-break-inside:auto}}
      @page{size:A4;margin:16mm 14mm}
      """;

  private Page() {}

  static String style(Medium medium, Words words) {
    if (medium == Medium.SCREEN) {
      return STYLE;
    }
    return STYLE + """
        @page{size:A4;margin:16mm 14mm 18mm 14mm;@bottom-center{content:%s;font-family:"DejaVu Sans";\
        font-size:8.5px;color:#666}}
        body{font-family:"DejaVu Sans";max-width:none;padding:0;font-size:10px}
        .formula,pre{font-family:"DejaVu Sans Mono","DejaVu Sans"}
        table{-fs-table-paginate:paginate;-fs-border-spacing-vertical:0}
        thead{display:table-header-group}
        tr{page-break-inside:avoid}
        .trends{display:block}.trends svg{display:inline-block;margin:3px}
        """.formatted(pageCounter(words));
  }

  /** "Page {0} of {1}" as CSS content: {@code "Page " counter(page) " of " counter(pages)}. */
  static String pageCounter(Words words) {
    String pattern = io.kinerja.core.text.Messages.text(words.language(), "report.page");
    return ("\"" + cssString(pattern) + "\"").replace("{0}", "\" counter(page) \"").replace("{1}", "\" counter(pages) \"");
  }

  private static String cssString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** The whole page: head with title and style, then {@code body}. */
  static String wrap(String title, Markup body, Medium medium, Words words) {
    Markup page = new Markup().trusted("<!DOCTYPE html>\n");
    page.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", words.language().code());
    page.open("head").empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title)
        .open("style").trusted(style(medium, words)).close("style").close("head");
    page.open("body").append(body).close("body").close("html");
    return page.toString();
  }
}
