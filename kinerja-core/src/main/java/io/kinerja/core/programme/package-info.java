/**
 * Work programmes (DESIGN §5.8): planned activities with targets and achievements, brought to one
 * year, and the completion of each category. Depends on {@code period}, {@code measure} and {@code text}.
 */
package io.kinerja.core.programme;
