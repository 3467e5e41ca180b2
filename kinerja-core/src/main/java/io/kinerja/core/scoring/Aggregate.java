package io.kinerja.core.scoring;

/**
 * A roll-up of indicators' scores: a perspective's or the whole scorecard's. Under Mulyadi {@code score}
 * is the sum, {@code max} the balance criterion and {@code fin} = score ÷ max; under weighted methods
 * {@code score} and {@code fin} are the weighted mean and {@code max} is 100. {@code fin} is null when
 * nothing was scored.
 */
public record Aggregate(double score, double max, Double fin, int scored, int total) {}
