/**
 * The small, safe language of measure expressions and filters ({@code stage in ('WON','LOST')},
 * {@code days_between(created_at, closed_at)}): a lexer and parser that give a syntax tree with offsets,
 * and a checker that resolves names against a source's real columns and gives every node a type. Nothing
 * here knows SQL: the tree is translated by {@code plan} and spelled by {@code sql}. Depends on the JDK
 * and {@code io.kinerja.core.text} only.
 */
package io.kinerja.metrics.expression;
