package io.kinerja.core.weighting;

/** How one respondent fared in a group judgement: its own CR and whether it entered the group's mean. */
public record RespondentResult(String name, double cr, boolean consistent, boolean included) {}
