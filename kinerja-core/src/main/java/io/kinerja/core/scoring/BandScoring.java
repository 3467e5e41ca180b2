package io.kinerja.core.scoring;

import io.kinerja.core.formula.Value;
import io.kinerja.core.text.Message;
import java.util.List;

/**
 * Banded scores of company KPI sheets, DESIGN §5.6: the indicator's score is the {@code score} of the band
 * its value falls in (its own bands, else the scorecard's); perspectives and the overall result are
 * weighted means.
 */
public record BandScoring(Bands scorecardBands) implements ScoringMethod {

  @Override
  public Verdict score(Value actual, Standard standard) {
    Bands bands = standard.bands() != null ? standard.bands() : scorecardBands;
    if (!(actual instanceof Value.Number n)) {
      return Verdict.none(Message.of("why.bands.not_a_number"));
    }
    Band band = bands.find(n.value()).orElse(null);
    if (band == null || band.score() == null) {
      return Verdict.none(Message.of("why.bands.no_score", n.value(), band == null ? "—" : band.range()));
    }
    return new Verdict(band.score(), Message.of("why.bands.band", n.value(), band.range(), band.score()), band.label());
  }

  @Override
  public Aggregate rollUp(List<Scored> scored, int total) {
    double max = scorecardBands.bands().stream().filter(b -> b.score() != null).mapToDouble(Band::score).max().orElse(0);
    return ScoringMethod.weightedMean(scored, total, max);
  }
}
