/**
 * Scoring methods (DESIGN §5): one small type per method turning (actual, target) into a score and
 * scores into roll-ups, and bands that turn scores into categories. Depends on {@code formula} (values),
 * {@code target}, {@code survey} (the Likert scale) and {@code text}.
 */
package io.kinerja.core.scoring;
