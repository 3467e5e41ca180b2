package io.kinerja.server.results;

import io.kinerja.core.model.Scorecard;
import io.kinerja.core.period.Period;
import io.kinerja.core.period.Span;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The periods a request evaluates: {@code period=P} (at the scorecard's grain or coarser), {@code
 * period=A..B}, or the scorecard's current period; as the command line's {@code --period}.
 */
final class Periods {

  private static final Location FIELD = Location.field("period");

  private Periods() {}

  static List<Span> chosen(String argument, Scorecard scorecard, Set<Period> withData) {
    if (argument == null || argument.isBlank()) {
      Period current = scorecard.current();
      if (current == null) {
        throw InvalidInputException.of(FIELD, "server.no_period");
      }
      return List.of(checked(Span.of(current), scorecard, withData));
    }
    int dots = argument.indexOf("..");
    if (dots < 0) {
      return List.of(checked(Span.of(parse(argument)), scorecard, withData));
    }
    Period first = parse(argument.substring(0, dots));
    Period last = parse(argument.substring(dots + 2));
    if (first.grain() != last.grain()) {
      throw InvalidInputException.of(FIELD, "cli.range_mixes_grains", argument);
    }
    if (first.compareTo(last) > 0) {
      throw InvalidInputException.of(FIELD, "cli.range_reversed", argument);
    }
    List<Span> spans = new ArrayList<>();
    for (Period p : first.through(last)) {
      spans.add(Span.of(p));
    }
    spans.forEach(s -> checkGrain(s, scorecard));
    if (spans.stream().noneMatch(s -> hasData(s, withData))) {
      throw noData(argument, withData);
    }
    return spans;
  }

  static boolean isRange(String argument) {
    return argument != null && argument.contains("..");
  }

  static Period parse(String text) {
    Optional<Period> period = Period.parse(text.strip());
    if (period.isEmpty()) {
      throw InvalidInputException.of(FIELD, "cli.bad_period", text);
    }
    return period.get();
  }

  private static Span checked(Span span, Scorecard scorecard, Set<Period> withData) {
    checkGrain(span, scorecard);
    if (!hasData(span, withData)) {
      throw noData(span.name(), withData);
    }
    return span;
  }

  private static void checkGrain(Span span, Scorecard scorecard) {
    if (span.first().grain().isFinerThan(scorecard.grain())) {
      throw InvalidInputException.of(FIELD, "period.finer_than_scorecard", span.name(), scorecard.grain().key());
    }
  }

  private static boolean hasData(Span span, Set<Period> withData) {
    return withData.stream().anyMatch(p -> span.covers(p) || p.contains(span.first()));
  }

  private static InvalidInputException noData(String asked, Set<Period> withData) {
    String known = withData.stream().sorted().map(Period::name).collect(Collectors.joining(", "));
    return InvalidInputException.of(FIELD, "cli.no_data_for_period", asked, known.isEmpty() ? "—" : known);
  }
}
