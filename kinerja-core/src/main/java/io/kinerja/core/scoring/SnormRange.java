package io.kinerja.core.scoring;

/** The range Snorm (de Boer) normalises a value into: {@code snorm: { min: 60, max: 100 }}. */
public record SnormRange(double min, double max) {}
