/**
 * The scorecard file format (YAML, format 1, DESIGN §4): read with snakeyaml-engine's node tree so that
 * every problem carries a line and column, checked completely (unknown keys are errors), and turned into
 * the core's model. Depends on kinerja-core and snakeyaml-engine.
 */
package io.kinerja.data.yaml;
