package io.kinerja.server.plans;

import io.kinerja.core.model.Scoring;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.text.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colour of a category, read from the scorecard's scoring bands (labels in the result's language),
 * as the dashboard colours it. For alerts, "red" is a band coloured red; where no band is, the worst band (the lowest score) counts as red.
 */
public final class Tones {

  private static final List<String> KNOWN = List.of("red", "yellow", "green", "blue", "orange");

  private final Map<String, String> byLabel = new HashMap<>();
  private final java.util.Set<String> red = new java.util.HashSet<>();

  public Tones(Scoring scoring, Language lang) {
    List<Band> bands = scoring.bands().bands();
    boolean anyRed = bands.stream().anyMatch(b -> "red".equals(b.colour()));
    Band worst = bands.stream().filter(b -> b.score() != null)
        .min((a, b) -> Double.compare(a.score(), b.score())).orElse(null);
    for (Band band : bands) {
      String colour = band.colour() == null ? "none" : band.colour();
      String label = band.label(lang).toLowerCase(Locale.ROOT);
      byLabel.put(label, KNOWN.contains(colour) ? colour : "none");
      if (colour.equals("red") || !anyRed && band == worst) {
        red.add(label);
      }
    }
  }

  /** A CSS class suffix: red, yellow, green, blue, orange or none. */
  public String of(String category) {
    return category == null ? "none" : byLabel.getOrDefault(category.toLowerCase(Locale.ROOT), "none");
  }

  public boolean red(String category) {
    return category != null && red.contains(category.toLowerCase(Locale.ROOT));
  }
}
