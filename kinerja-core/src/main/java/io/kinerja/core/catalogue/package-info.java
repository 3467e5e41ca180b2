/**
 * The built-in, bilingual KPI catalogue: formula, unit, polarity and meaning of each KPI, which a
 * scorecard uses with {@code use: ID}. Depends on {@code formula}, {@code target} and {@code text}.
 */
package io.kinerja.core.catalogue;
