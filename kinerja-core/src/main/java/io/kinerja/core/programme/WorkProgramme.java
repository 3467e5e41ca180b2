package io.kinerja.core.programme;

import io.kinerja.core.period.Span;
import io.kinerja.core.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A unit's work programme: its programmes per category, and each category's completion. */
public final class WorkProgramme {

  private final List<Programme> programmes;

  public WorkProgramme(List<Programme> programmes) {
    this.programmes = List.copyOf(programmes);
  }

  public static WorkProgramme none() {
    return new WorkProgramme(List.of());
  }

  public Set<String> categories() {
    Set<String> names = new LinkedHashSet<>();
    programmes.forEach(p -> names.add(p.category()));
    return names;
  }

  /** The category named {@code name}, matched without regard to case or surrounding space. */
  public String category(String name) {
    for (String category : categories()) {
      if (category.strip().equalsIgnoreCase(name.strip())) {
        return category;
      }
    }
    return null;
  }

  public boolean hasCategory(String name) {
    return category(name) != null;
  }

  /** A category's completion over a span: the mean of its programmes' completions × 100. */
  public Completion completion(String name, Span span) {
    String category = category(name);
    List<Programme> found = new ArrayList<>();
    for (Programme p : programmes) {
      if (p.category().equals(category) && span.covers(p.period())) {
        found.add(p);
      }
    }
    if (found.isEmpty()) {
      return new Completion(name, null, found, Message.of("value.no_programmes", name, span.name()));
    }
    double mean = found.stream().mapToDouble(Programme::completion).average().orElseThrow();
    return new Completion(category, mean * 100, found, null);
  }

  /** A category's completion in percent, the programmes it came from, or the reason it has none. */
  public record Completion(String category, Double percent, List<Programme> programmes, Message missingReason) {
    public Completion {
      programmes = List.copyOf(programmes);
    }
  }
}
