/**
 * Weighting (DESIGN §5.9): where indicator and perspective weights come from when a unit does not simply
 * write them down. Saaty's AHP turns pairwise judgements ({@link io.kinerja.core.weighting.PairwiseMatrix})
 * into priorities with a consistency check ({@link io.kinerja.core.weighting.Ahp}), combines several
 * respondents into a group judgement, and multiplies local weights down a hierarchy ({@link
 * io.kinerja.core.weighting.Hierarchy}); seed 002's rule weighs KPIs by priority, difficulty and
 * credibility of their data ({@link io.kinerja.core.weighting.FactorWeighting}). Depends on {@code problem}
 * and {@code text} only (and the JDK); {@code WeightingDependsOnTheJdkOnlyTest} holds it to that.
 */
package io.kinerja.core.weighting;
