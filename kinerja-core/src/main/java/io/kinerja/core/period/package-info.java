/**
 * Calendar periods with ISO names (day, week, month, quarter, year) and spans of them. Time is always
 * an explicit period here: nothing in the core reads the clock. Depends on the JDK only.
 */
package io.kinerja.core.period;
