package io.kinerja.core.model;

import io.kinerja.core.measure.MeasureSource;
import io.kinerja.core.measure.Observations;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.survey.Surveys;
import java.util.List;

/** A unit's data: measures' figures, questionnaires' answers and the work programme. */
public record UnitData(MeasureSource measures, Surveys surveys, WorkProgramme programme) {

  public static UnitData empty() {
    return new UnitData(new Observations(List.of()), Surveys.none(), WorkProgramme.none());
  }
}
