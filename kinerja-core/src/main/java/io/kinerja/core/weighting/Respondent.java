package io.kinerja.core.weighting;

/** One person's (or one file's) pairwise matrix in a group judgement; {@code name} identifies it in reports. */
public record Respondent(String name, PairwiseMatrix matrix) {}
