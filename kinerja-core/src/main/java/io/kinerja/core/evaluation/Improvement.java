package io.kinerja.core.evaluation;

/**
 * One entry of "what to fix first": an indicator, its share of the final score (its global weight) and
 * its weighted gap to full marks, share × (best score − score).
 */
public record Improvement(String indicator, double share, double gap) {}
