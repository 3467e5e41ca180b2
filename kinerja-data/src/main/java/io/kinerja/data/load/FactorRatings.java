package io.kinerja.data.load;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.weighting.FactorWeighting;
import io.kinerja.data.csv.CsvTable;
import io.kinerja.data.yaml.DerivedWeights;
import io.kinerja.data.yaml.ScorecardDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads seed 002's ratings ({@code kpi,priority,difficulty,credibility}, each 1–5) and weighs the KPIs
 * by {@link FactorWeighting}: the weights, or null after reporting every problem.
 */
final class FactorRatings {

  private static final List<String> COLUMNS = List.of("kpi", "priority", "difficulty", "credibility");

  private FactorRatings() {}

  static Map<String, Double> weigh(ScorecardDocument document, DerivedWeights declared, List<String> ids, Problems problems) {
    String file = declared.files().get(0);
    Path path = document.folder().resolve(file);
    if (!Files.isRegularFile(path)) {
      problems.error(declared.declaredAt(), "file.data_not_found", file, path.toString());
      return null;
    }
    try {
      CsvTable table = CsvTable.read(path, path.toString());
      Problems here = new Problems();
      table.require(here, COLUMNS);
      List<FactorWeighting.Rating> ratings = here.hasErrors() ? List.of() : ratings(table, here);
      if (!here.hasErrors() && !new HashSet<>(ratings.stream().map(FactorWeighting.Rating::kpi).toList())
          .equals(new HashSet<>(ids))) {
        here.error(Location.file(path.toString()), "ahp.elements_differ",
            String.join(", ", ratings.stream().map(FactorWeighting.Rating::kpi).toList()), String.join(", ", ids));
      }
      problems.addAll(here.all());
      if (here.hasErrors()) {
        return null;
      }
      return new LinkedHashMap<>(FactorWeighting.weights(ratings));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static List<FactorWeighting.Rating> ratings(CsvTable table, Problems problems) {
    List<FactorWeighting.Rating> ratings = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Integer priority = rating(table, row, "priority", problems);
      Integer difficulty = rating(table, row, "difficulty", problems);
      Integer credibility = rating(table, row, "credibility", problems);
      String kpi = table.cell(row, "kpi");
      if (kpi.isEmpty()) {
        problems.error(table.at(row, "kpi"), "csv.empty_cell");
      } else if (priority != null && difficulty != null && credibility != null) {
        ratings.add(new FactorWeighting.Rating(kpi, priority, difficulty, credibility));
      }
    }
    return ratings;
  }

  private static Integer rating(CsvTable table, CsvTable.Row row, String column, Problems problems) {
    String text = table.cell(row, column);
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= FactorWeighting.RATING_MIN && value <= FactorWeighting.RATING_MAX) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.error(table.at(row, column), "csv.rating_outside_scale", text, FactorWeighting.RATING_MIN,
        FactorWeighting.RATING_MAX);
    return null;
  }
}
