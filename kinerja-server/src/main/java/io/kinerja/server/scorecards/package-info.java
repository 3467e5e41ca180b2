/**
 * Scorecards as versioned documents: each version keeps the YAML exactly as uploaded (so an export gives
 * the same bytes back) and the data files it names (work programme, questionnaires, raw records); the
 * figures of its measures file go to the values feature. {@link io.kinerja.server.scorecards.Library}
 * reads a version once, with its files laid out in a cache folder for the data module's readers and the
 * raw-record engine. Uses the store, auth, audit, values and the data module.
 */
package io.kinerja.server.scorecards;
