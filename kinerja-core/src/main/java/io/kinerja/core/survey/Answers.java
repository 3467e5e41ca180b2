package io.kinerja.core.survey;

import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;

/**
 * The answers of a questionnaire for a period: given as totals (respondents, questions, total score) or
 * counted from one row per respondent. {@code answers} is the number of answers given (R·PP when nobody
 * skipped a question).
 */
public record Answers(
    Period period,
    String questionnaire,
    int respondents,
    int questions,
    double scaleMin,
    double scaleMax,
    double total,
    long answers,
    Origin origin) {}
