/**
 * The formula language of indicators: tokens, a parser with error offsets, the syntax tree, a static
 * check of names, functions and argument kinds, and an interpreter that computes a formula over a span
 * of periods through a {@link io.kinerja.core.formula.Interpreter.Scope}. Depends on {@code text} and
 * {@code period}; knows nothing of files, scorecards or scores.
 */
package io.kinerja.core.formula;
