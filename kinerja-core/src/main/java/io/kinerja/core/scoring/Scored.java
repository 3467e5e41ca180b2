package io.kinerja.core.scoring;

/** One score going into a roll-up, with its weight (null: not given). */
public record Scored(double score, Double weight) {}
