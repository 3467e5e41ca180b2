/**
 * Problems in what users give us: where they are ({@link io.kinerja.core.problem.Location}), what they
 * are (a {@link io.kinerja.core.text.Message}), collected all at once ({@link
 * io.kinerja.core.problem.Problems}) and raised as the one user-error family ({@link
 * io.kinerja.core.problem.InvalidInputException}). Depends on {@code text} only.
 */
package io.kinerja.core.problem;
