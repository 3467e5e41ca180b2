/**
 * Loading a scorecard with all its data files into the core's model, collecting the problems of every
 * file before failing. Depends on {@code yaml}, {@code csv} and kinerja-core.
 */
package io.kinerja.data.load;
