package io.kinerja.core.scoring;

/** The three anchors of an OMAX row: the worst value (level 0), the baseline (level 3), the target (level 10). */
public record OmaxAnchors(double worst, double baseline, double target) {}
