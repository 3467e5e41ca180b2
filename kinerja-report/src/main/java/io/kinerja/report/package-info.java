/**
 * Reports for people: one self-contained HTML page ({@link io.kinerja.report.HtmlReport}), a PDF made
 * from the same page ({@link io.kinerja.report.PdfReport}), a live XLSX workbook whose scores are Excel
 * formulas over its Data sheet ({@link io.kinerja.report.XlsxReport}), and a report over many units
 * ({@link io.kinerja.report.OrganisationReport}). Renderers take {@link
 * io.kinerja.core.evaluation.ScorecardResult}s wrapped in a {@link io.kinerja.report.ReportInput} and
 * write to an {@link java.io.OutputStream}; they never read a clock or a file of the user's.
 *
 * <p>May use kinerja-core, openhtmltopdf (with its SVG support) and Apache POI; nothing else of Kinerja.
 */
package io.kinerja.report;
