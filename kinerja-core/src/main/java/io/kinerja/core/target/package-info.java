/**
 * Targets (DESIGN §5.1): what an indicator is compared with, read from the short texts users write,
 * and the polarity each implies. Depends on {@code text} only.
 */
package io.kinerja.core.target;
