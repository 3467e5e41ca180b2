/**
 * Likert questionnaires (DESIGN §5.7): answers per period, their total, mean and index, and the
 * satisfaction classes of seed 001. Depends on {@code period}, {@code measure} (for origins) and
 * {@code text}.
 */
package io.kinerja.core.survey;
