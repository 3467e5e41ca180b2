/**
 * Measures: base quantities per period (and segment), where they came from, and how they roll up over
 * time. Knows nothing of targets, indicators or scores. Depends on {@code period} and {@code text}.
 */
package io.kinerja.core.measure;
