package io.kinerja.data.load;

import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.weighting.Ahp;
import io.kinerja.core.weighting.AhpResult;
import io.kinerja.core.weighting.PairwiseMatrix;
import io.kinerja.core.weighting.Respondent;
import io.kinerja.data.ahp.AhpMatrixReader;
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
 * Derives weights from AHP matrices (DESIGN §5.9), or from seed 002's ratings: the perspectives' from
 * the scorecard's {@code weights}, each perspective's indicators' from its own. A matrix's elements must be exactly the ids it weighs; a
 * weight given by hand beside AHP is an error (one source of truth); an inconsistent matrix (CR above the
 * threshold) is a warning, and the result says so. The global weight of an indicator is then the product
 * of the two, which is what the weighted roll-up computes.
 */
final class AhpWeighting {

  private AhpWeighting() {}

  static Scorecard apply(ScorecardDocument document, Problems problems) {
    Scorecard scorecard = document.scorecard();
    Map<String, AhpResult> results = new LinkedHashMap<>();
    Map<String, Double> perspectiveWeights = null;
    if (document.perspectiveWeights() != null) {
      List<String> ids = scorecard.perspectives().stream().map(Perspective::id).toList();
      boolean handWeighted = scorecard.perspectives().stream().anyMatch(p -> p.weight() != null);
      Derived derived = derive(document, document.perspectiveWeights(), ids, handWeighted, problems);
      if (derived != null) {
        derived.ahp().ifPresent(a -> results.put(Scorecard.PERSPECTIVES, a));
        perspectiveWeights = derived.weights();
      }
    }
    List<Perspective> weighted = new ArrayList<>();
    for (Perspective p : scorecard.perspectives()) {
      DerivedWeights declared = document.indicatorWeights().get(p.id());
      Map<String, Double> indicatorWeights = null;
      if (declared != null) {
        List<String> ids = p.allIndicators().stream().map(Indicator::id).toList();
        boolean handWeighted = p.allIndicators().stream().anyMatch(i -> i.weight() != null) || !p.objectives().isEmpty();
        Derived derived = derive(document, declared, ids, handWeighted, problems);
        if (derived != null) {
          derived.ahp().ifPresent(a -> results.put(p.id(), a));
          indicatorWeights = derived.weights();
        }
      }
      weighted.add(weigh(p, perspectiveWeights, indicatorWeights));
    }
    boolean derivedAny = document.perspectiveWeights() != null || !document.indicatorWeights().isEmpty();
    return derivedAny ? scorecard.withWeights(weighted, results) : scorecard;
  }

  /** Derived weights, and the AHP result they came from when they came from AHP. */
  private record Derived(Map<String, Double> weights, java.util.Optional<AhpResult> ahp) {}

  private static Derived derive(ScorecardDocument document, DerivedWeights declared, List<String> ids,
      boolean handWeighted, Problems problems) {
    if (handWeighted) {
      problems.error(declared.declaredAt(), "ahp.weights_given_twice", String.join(", ", ids));
      return null;
    }
    if (declared.kind() == DerivedWeights.Kind.FACTORS) {
      Map<String, Double> weights = FactorRatings.weigh(document, declared, ids, problems);
      return weights == null ? null : new Derived(weights, java.util.Optional.empty());
    }
    List<Respondent> respondents = new ArrayList<>();
    for (String file : declared.files()) {
      Path path = document.folder().resolve(file);
      if (!Files.isRegularFile(path)) {
        problems.error(declared.declaredAt(), "file.data_not_found", file, path.toString());
        continue;
      }
      try {
        PairwiseMatrix matrix = AhpMatrixReader.read(path);
        if (!new HashSet<>(matrix.elements()).equals(new HashSet<>(ids))) {
          problems.error(Location.file(path.toString()), "ahp.elements_differ", String.join(", ", matrix.elements()),
              String.join(", ", ids));
          continue;
        }
        respondents.add(new Respondent(file, matrix));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (respondents.size() != declared.files().size()) {
      return null;
    }
    Ahp ahp = new Ahp(declared.method(), declared.threshold());
    try {
      AhpResult result = respondents.size() == 1 ? ahp.priorities(respondents.get(0).matrix())
          : ahp.group(respondents, declared.excludeInconsistent()).result();
      if (!result.consistent()) {
        problems.warning(declared.declaredAt(), "ahp.inconsistent_weights", result.cr(), declared.threshold());
      }
      return new Derived(result.weights(), java.util.Optional.of(result));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static Perspective weigh(Perspective p, Map<String, Double> perspectiveWeights,
      Map<String, Double> indicatorWeights) {
    Double weight = perspectiveWeights == null ? p.weight() : perspectiveWeights.get(p.id());
    if (indicatorWeights == null) {
      return new Perspective(p.id(), p.name(), weight, p.objectives(), p.indicators(), p.bands(), p.location());
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      indicators.add(withWeight(i, indicatorWeights.get(i.id())));
    }
    List<Objective> objectives = new ArrayList<>(p.objectives());
    return new Perspective(p.id(), p.name(), weight, objectives, indicators, p.bands(), p.location());
  }

  private static Indicator withWeight(Indicator i, Double weight) {
    return new Indicator(i.id(), i.name(), i.description(), i.formulaText(), i.formula(), i.unit(), i.target(),
        i.polarity(), weight, i.override(), i.bands(), i.snorm(), i.omax(), i.location(), i.formulaAt());
  }

}
