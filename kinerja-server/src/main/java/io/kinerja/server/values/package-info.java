/**
 * A scorecard's figures per period, measure and segment, each change kept in an append-only history (who,
 * when, old → new, why). Figures are written all or nothing: entered in a grid through the API or
 * imported from CSV (long or wide) and XLSX, where every bad row and cell is reported and nothing is
 * written unless the whole file is good. Uses the store, auth, audit and the data module's CSV readers;
 * learns what a scorecard defines through the {@link io.kinerja.server.values.Definitions} port.
 */
package io.kinerja.server.values;
