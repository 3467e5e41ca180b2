package io.kinerja.core.scoring;

import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scale of bands that turns a number into a category (and, under the bands method, a score). The
 * ranges cover the whole line without gaps or overlaps; {@link #check} says where they do not.
 */
public record Bands(String name, List<Band> bands) {

  public static final List<String> PRESETS =
      List.of("mulyadi", "traffic-light-omax", "likert-5", "economy-ratio", "effectiveness-ratio");

  public Bands {
    bands = List.copyOf(bands);
  }

  public Optional<Band> find(double x) {
    for (Band band : bands) {
      if (band.contains(x)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /** The preset named {@code name} (DESIGN §5.2, 5.5, 5.11), or empty. */
  public static Optional<Bands> preset(String name) {
    return Optional.ofNullable(
        switch (name) {
          case "mulyadi" -> new Bands(name, List.of(
              new Band(null, false, 0.0, false, -1.0, label(name, "kurang"), "red"),
              new Band(0.0, true, 0.5, true, 0.0, label(name, "cukup"), "yellow"),
              new Band(0.5, false, null, false, 1.0, label(name, "baik"), "green")));
          case "traffic-light-omax" -> new Bands(name, List.of(
              new Band(null, false, 4.0, false, null, label(name, "red"), "red"),
              Band.halfOpen(4.0, 8.0, null, label(name, "yellow"), "yellow"),
              Band.halfOpen(8.0, null, null, label(name, "green"), "green")));
          case "likert-5" -> fiveSteps(name, new double[] {20, 40, 60, 80},
              new String[] {"very_poor", "poor", "fair", "good", "very_good"},
              new String[] {"red", "orange", "yellow", "lightgreen", "green"}, true);
          case "economy-ratio" -> fiveSteps(name, new double[] {60, 80, 90, 100},
              new String[] {"very_economical", "economical", "fairly_economical", "less_economical", "not_economical"},
              new String[] {"green", "lightgreen", "yellow", "orange", "red"}, false);
          case "effectiveness-ratio" -> new Bands(name, List.of(
              new Band(null, false, 75.0, false, null, label(name, "not_effective"), "red"),
              Band.halfOpen(75.0, 90.0, null, label(name, "less_effective"), "orange"),
              Band.halfOpen(90.0, 100.0, null, label(name, "fairly_effective"), "yellow"),
              new Band(100.0, true, 100.0, true, null, label(name, "effective"), "lightgreen"),
              new Band(100.0, false, null, false, null, label(name, "very_effective"), "green")));
          default -> null;
        });
  }

  private static Bands fiveSteps(String name, double[] edges, String[] words, String[] colours, boolean scored) {
    List<Band> list = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      Double from = i == 0 ? null : edges[i - 1];
      Double to = i == words.length - 1 ? null : edges[i];
      list.add(Band.halfOpen(from, to, scored ? (double) i + 1 : null, label(name, words[i]), colours[i]));
    }
    return new Bands(name, list);
  }

  private static Message label(String preset, String word) {
    return Message.of("band." + preset + "." + word);
  }

  /** A problem of a user-defined scale, at the band (0-based) where it shows. */
  public record Issue(int band, Message message) {}

  /**
   * Problems of a user-defined scale: ranges out of order, a gap or an overlap between neighbours, an
   * empty range. The first range must start at −∞ and the last end at +∞ (leave {@code from} or
   * {@code to} out), so every value falls in exactly one band.
   */
  public List<Issue> check() {
    List<Issue> problems = new ArrayList<>();
    if (bands.isEmpty()) {
      problems.add(new Issue(0, Message.of("bands.empty")));
      return problems;
    }
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (band.from() != null && band.to() != null && band.from() >= band.to()) {
        problems.add(new Issue(i, Message.of("bands.empty_range", i + 1, band.range())));
      }
      if (i > 0) {
        neighbours(i, bands.get(i - 1), band).ifPresent(problems::add);
      }
    }
    if (bands.get(0).from() != null) {
      problems.add(new Issue(0, Message.of("bands.gap_below", bands.get(0).from())));
    }
    int last = bands.size() - 1;
    if (bands.get(last).to() != null) {
      problems.add(new Issue(last, Message.of("bands.gap_above", bands.get(last).to())));
    }
    return problems;
  }

  private static Optional<Issue> neighbours(int i, Band before, Band band) {
    if (before.to() == null || band.from() == null || band.from() < before.to()) {
      return Optional.of(new Issue(i, Message.of("bands.overlap", i, i + 1)));
    }
    if (band.from() > before.to()) {
      return Optional.of(new Issue(i, Message.of("bands.gap", before.to(), band.from(), i, i + 1)));
    }
    return Optional.empty();
  }
}
