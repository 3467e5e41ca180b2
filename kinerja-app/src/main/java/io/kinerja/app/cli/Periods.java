package io.kinerja.app.cli;

import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.data.load.LoadedScorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The periods a command evaluates: {@code --period P} (at the scorecard's grain or coarser), {@code
 * --period A..B} (every period from A to B), or the scorecard's current period.
 */
final class Periods {

  private Periods() {}

  static List<Span> chosen(String argument, LoadedScorecard loaded) {
    if (argument == null) {
      Period current = loaded.scorecard().current();
      if (current == null) {
        throw InvalidInputException.of(Location.field("--period"), "cli.no_period");
      }
      return List.of(checked(Span.of(current), loaded));
    }
    int dots = argument.indexOf("..");
    if (dots < 0) {
      return List.of(checked(Span.of(parse(argument)), loaded));
    }
    Period first = parse(argument.substring(0, dots));
    Period last = parse(argument.substring(dots + 2));
    if (first.grain() != last.grain()) {
      throw InvalidInputException.of(Location.field("--period"), "cli.range_mixes_grains", argument);
    }
    if (first.compareTo(last) > 0) {
      throw InvalidInputException.of(Location.field("--period"), "cli.range_reversed", argument);
    }
    List<Span> spans = new ArrayList<>();
    for (Period p : first.through(last)) {
      spans.add(Span.of(p));
    }
    spans.forEach(s -> checkGrain(s, loaded));
    if (spans.stream().noneMatch(s -> hasData(s, loaded))) {
      throw noData(argument, loaded);
    }
    return spans;
  }

  static boolean isRange(String argument) {
    return argument != null && argument.contains("..");
  }

  private static Period parse(String text) {
    Optional<Period> period = Period.parse(text.strip());
    if (period.isEmpty()) {
      throw InvalidInputException.of(Location.field("--period"), "cli.bad_period", text);
    }
    return period.get();
  }

  private static Span checked(Span span, LoadedScorecard loaded) {
    checkGrain(span, loaded);
    if (!hasData(span, loaded)) {
      throw noData(span.name(), loaded);
    }
    return span;
  }

  private static void checkGrain(Span span, LoadedScorecard loaded) {
    if (span.first().grain().isFinerThan(loaded.scorecard().grain())) {
      throw InvalidInputException.of(Location.field("--period"), "period.finer_than_scorecard", span.name(),
          loaded.scorecard().grain().key());
    }
  }

  private static boolean hasData(Span span, LoadedScorecard loaded) {
    return loaded.periods().stream().anyMatch(p -> span.covers(p) || p.contains(span.first()));
  }

  private static InvalidInputException noData(String asked, LoadedScorecard loaded) {
    String known = loaded.periods().stream().sorted().map(Period::name).collect(Collectors.joining(", "));
    return InvalidInputException.of(Location.field("--period"), "cli.no_data_for_period", asked,
        known.isEmpty() ? "—" : known);
  }
}
