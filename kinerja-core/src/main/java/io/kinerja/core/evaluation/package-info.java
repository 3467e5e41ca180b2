/**
 * The one pass from a scorecard and its data to a {@link io.kinerja.core.evaluation.ScorecardResult}:
 * validation of the definition against the data, every indicator computed and scored, perspectives and
 * the overall result rolled up, with each input recorded so that every number can be explained. May use
 * every other core package.
 */
package io.kinerja.core.evaluation;
