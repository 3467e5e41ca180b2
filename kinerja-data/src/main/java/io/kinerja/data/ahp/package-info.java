/**
 * Reading AHP pairwise matrices from files (DESIGN §5.9): a CSV whose first row and first column name
 * the elements, cells written as decimals or fractions. Every problem is reported with file, line and
 * column before anything is computed. Depends on {@code kinerja-core} ({@code weighting}, {@code
 * problem}) and Apache Commons CSV.
 */
package io.kinerja.data.ahp;
