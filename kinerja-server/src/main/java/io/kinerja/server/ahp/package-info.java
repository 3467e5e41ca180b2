/**
 * AHP in the server: each person's pairwise comparisons of a scorecard's perspectives or a perspective's
 * indicators, the group's judgement by the core's geometric mean, and applying it as a new version of the
 * scorecard. Uses the store, the scorecards and kinerja-core's weighting.
 */
package io.kinerja.server.ahp;
