package io.kinerja.server.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.core.model.Scoring;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.text.Language;
import io.kinerja.server.auth.User;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.units.Units;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation as the caller may see it: the unit tree (company, division, unit, person) with each
 * unit's scorecards scored for a period, and scorecards side by side (units, or one scorecard's periods).
 * Everything comes from the same cached results as the dashboards, read with the caller's own rights.
 */
public final class Organisation {

  /** A perspective's score and category, and the category's colour. */
  public record Part(String name, Double score, String category, String tone) {}

  /**
   * A scorecard scored for a period; {@code problem} says why it could not be (no data for the period),
   * and then the score is null.
   */
  public record Card(String scorecard, String name, String unit, String period, Double score, String category, String tone,
      List<Part> perspectives, String problem) {}

  /** A unit at {@code depth} in the tree (0: a top unit the caller sees) with its scorecards. */
  public record Node(Units.Unit unit, int depth, List<Card> cards) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Units units;
  private final Scorecards scorecards;
  private final Results results;

  public Organisation(Units units, Scorecards scorecards, Results results) {
    this.units = units;
    this.scorecards = scorecards;
    this.results = results;
  }

  /** The units the caller may see, depth first from the top, each with its scorecards for {@code period}. */
  public List<Node> tree(User caller, String period, Language lang) {
    List<Units.Unit> visible = units.list(caller);
    Set<String> ids = visible.stream().map(Units.Unit::id).collect(Collectors.toSet());
    Map<String, List<Library.Row>> byUnit = scorecards.list(caller).stream()
        .collect(Collectors.groupingBy(Library.Row::unit));
    List<Node> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Units.Unit u : visible) {
      if (u.parent() == null || !ids.contains(u.parent())) {
        walk(caller, u, 0, visible, byUnit, period, lang, out, seen);
      }
    }
    return out;
  }

  private void walk(User caller, Units.Unit unit, int depth, List<Units.Unit> all, Map<String, List<Library.Row>> byUnit,
      String period, Language lang, List<Node> out, Set<String> seen) {
    if (!seen.add(unit.id())) {
      return;
    }
    List<Card> cards = new ArrayList<>();
    for (Library.Row row : byUnit.getOrDefault(unit.id(), List.of())) {
      cards.add(card(caller, row.id(), period, lang));
    }
    out.add(new Node(unit, depth, cards));
    for (Units.Unit child : all) {
      if (unit.id().equals(child.parent())) {
        walk(caller, child, depth + 1, all, byUnit, period, lang, out, seen);
      }
    }
  }

  /** The scorecards of the given units (those the caller may see), each for {@code period}. */
  public List<Card> units(User caller, List<String> unitIds, String period, Language lang) {
    List<Card> out = new ArrayList<>();
    for (String unit : unitIds) {
      for (Library.Row row : scorecards.list(caller)) {
        if (row.unit().equals(unit)) {
          out.add(card(caller, row.id(), period, lang));
        }
      }
    }
    return out;
  }

  /** One scorecard for each of the periods. */
  public List<Card> periods(User caller, String scorecard, List<String> periods, Language lang) {
    List<Card> out = new ArrayList<>();
    for (String p : periods) {
      out.add(card(caller, scorecard, p, lang));
    }
    return out;
  }

  /** A scorecard for a period (null: its current one), as the caller may read it (refused otherwise). */
  public Card card(User caller, String id, String period, Language lang) {
    Results.Outline outline = results.outline(caller, id);
    Scoring scoring = outline.scorecard().scoring();
    Language chosen = lang == null ? outline.scorecard().language() : lang;
    Tones tones = new Tones(scoring, chosen);
    Library.Row row = scorecards.get(caller, id, io.kinerja.server.auth.Role.VIEWER);
    JsonNode r;
    try {
      r = JSON.readTree(results.results(caller, id, period, null, chosen).json());
    } catch (InvalidInputException e) {
      return new Card(id, row.name(), row.unit(), period, null, null, "none", List.of(), e.describe(chosen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Part> parts = new ArrayList<>();
    for (JsonNode p : r.get("perspectives")) {
      String category = p.path("category").asText(null);
      parts.add(new Part(p.path("name").asText(), number(p, "final"), category, tones.of(category)));
    }
    JsonNode overall = r.get("overall");
    String category = overall.path("category").asText(null);
    return new Card(id, r.path("name").asText(row.name()), row.unit(), r.path("period").asText(period),
        number(overall, "final"), category, tones.of(category), parts, null);
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? v.asDouble() : null;
  }
}
