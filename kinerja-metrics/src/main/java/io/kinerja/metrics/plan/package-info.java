/**
 * Planning: turns validated measures into SQL trees, one query per source, time column, grain and set
 * of segment dimensions, with every measure of that group as a filtered aggregate of the same scan. No
 * query joins two sources, so no record is counted twice. Depends on {@code definition},
 * {@code expression}, {@code sql} and the core's {@code period} and {@code problem}.
 */
package io.kinerja.metrics.plan;
