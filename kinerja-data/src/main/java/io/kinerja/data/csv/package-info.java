/**
 * The CSV data files of a scorecard: measures in long format, the work programme, and questionnaires
 * (totals or raw answers). Read with commons-csv; every bad cell is reported with its line and column
 * name, and numbers are read only in the style the scorecard declares. Depends on kinerja-core.
 */
package io.kinerja.data.csv;
