/**
 * Explanations: every number a result shows traced to its formula, its inputs (with the file and line
 * each figure came from), the target rule and the reason for the score. Depends on {@code evaluation}
 * and the packages it uses.
 */
package io.kinerja.core.explain;
