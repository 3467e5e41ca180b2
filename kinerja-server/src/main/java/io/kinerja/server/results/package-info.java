/**
 * Results and explanations of stored scorecards: the stored figures and a version's data files evaluated
 * by the core, written as the JSON of DESIGN §7 by the same writer as the command line. Answers are
 * cached per (scorecard version, data version, period, segment, language): any write moves a version on,
 * so a cached answer is never stale and an unchanged one is never computed twice. Uses the store, auth,
 * scorecards, values, the core and the data module.
 */
package io.kinerja.server.results;
