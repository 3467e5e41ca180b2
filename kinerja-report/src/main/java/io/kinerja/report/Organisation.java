package io.kinerja.report;

import io.kinerja.core.evaluation.ScorecardResult;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Many units' results for one report: the organisation's name, the date of the data, how many units,
 * and a way to go through their results (called twice, once for the summary and once for the sections,
 * so that a caller can evaluate each unit when it is asked for and nothing holds all of them at once).
 */
public record Organisation(String name, LocalDate dataDate, int size, Supplier<Iterator<ScorecardResult>> units) {

  public Organisation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataDate, "dataDate");
    Objects.requireNonNull(units, "units");
  }
}
