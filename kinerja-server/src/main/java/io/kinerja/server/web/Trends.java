package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Show;
import io.kinerja.server.auth.User;
import io.kinerja.server.results.Results;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dashboard over time: the periods its picker offers (months, quarters, years), each indicator's
 * sparkline over the last periods (inline SVG drawn here, so it needs no script and no chart library), and
 * the trend of a range of periods ({@code ?from=A&to=B}, the results of {@code period=A..B}) as a line
 * chart with the table beside it.
 */
final class Trends {

  /** How many periods a sparkline spans, the shown one included. */
  static final int SPARK_PERIODS = 8;

  private final Results results;

  Trends(Results results) {
    this.results = results;
  }

  // --- the periods a picker offers

  /**
   * The periods with data and the quarters and years they fall in (where the scorecard's grain allows them),
   * grouped by grain, each group oldest first.
   */
  static Map<Grain, List<String>> choices(Results.Outline outline) {
    Grain finest = outline.scorecard().grain();
    Map<Grain, TreeSet<Period>> found = new EnumMap<>(Grain.class);
    for (String name : outline.periods()) {
      Period p = Period.parse(name).orElse(null);
      if (p == null) {
        continue;
      }
      found.computeIfAbsent(p.grain(), g -> new TreeSet<>()).add(p);
      for (Grain coarser : new Grain[] {Grain.QUARTER, Grain.YEAR}) {
        if (p.grain().isFinerThan(coarser) && !coarser.isFinerThan(finest == null ? Grain.DAY : finest)) {
          found.computeIfAbsent(coarser, g -> new TreeSet<>()).add(Period.containing(coarser, p.start()));
        }
      }
    }
    Map<Grain, List<String>> out = new EnumMap<>(Grain.class);
    found.forEach((grain, periods) -> out.put(grain, periods.stream().map(Period::name).toList()));
    return out;
  }

  /** A {@code <select>}'s options for {@link #choices}, in groups by grain, with {@code selected} chosen. */
  static String options(Language lang, Map<Grain, List<String>> choices, String selected) {
    StringBuilder out = new StringBuilder();
    boolean found = false;
    for (Map.Entry<Grain, List<String>> group : choices.entrySet()) {
      out.append("<optgroup label=\"").append(Layout.t(lang, groupKey(group.getKey()))).append("\">");
      for (String p : group.getValue()) {
        boolean chosen = p.equals(selected);
        found |= chosen;
        out.append("<option value=\"").append(Html.escape(p)).append('"').append(chosen ? " selected" : "").append('>')
            .append(Html.escape(Show.period(lang, p))).append("</option>");
      }
      out.append("</optgroup>");
    }
    if (!found && selected != null) {
      out.append("<option value=\"").append(Html.escape(selected)).append("\" selected>")
          .append(Html.escape(Show.period(lang, selected))).append("</option>");
    }
    return out.toString();
  }

  private static String groupKey(Grain grain) {
    return switch (grain) {
      case MONTH -> "page.months";
      case QUARTER -> "page.quarters";
      case YEAR -> "page.years";
      default -> "page.period";
    };
  }

  // --- sparklines

  /** The last periods up to {@code shown}, at its grain, that have data: oldest first, at most {@link #SPARK_PERIODS}. */
  static List<String> lastPeriods(Results.Outline outline, String shown) {
    Period last = Period.parse(shown).orElse(null);
    List<Period> data = outline.periods().stream().map(p -> Period.parse(p).orElse(null))
        .filter(java.util.Objects::nonNull).sorted().toList();
    List<String> out = new ArrayList<>();
    if (last == null || data.isEmpty()) {
      return shown == null ? out : List.of(shown);
    }
    for (Period p = last; out.size() < SPARK_PERIODS && p.end().isAfter(data.get(0).start()); p = p.previous()) {
      Period candidate = p;
      if (data.stream().anyMatch(d -> candidate.contains(d) || d.contains(candidate))) {
        out.add(0, p.name());
      }
    }
    return out;
  }

  /** Each indicator's value in each of {@code periods} (null where it has none), by indicator id. */
  Map<String, List<Double>> values(User user, String id, List<String> periods, Language lang) {
    Map<String, List<Double>> out = new HashMap<>();
    for (int k = 0; k < periods.size(); k++) {
      JsonNode r = read(results.results(user, id, periods.get(k), null, lang).json());
      for (JsonNode i : r.get("indicators")) {
        List<Double> series = out.computeIfAbsent(i.path("id").asText(), x -> new ArrayList<>());
        while (series.size() < k) {
          series.add(null);
        }
        series.add(i.path("value").isNumber() ? i.get("value").asDouble() : null);
      }
    }
    out.values().forEach(series -> {
      while (series.size() < periods.size()) {
        series.add(null);
      }
    });
    return out;
  }

  /**
   * A small line of {@code values} over {@code periods} as inline SVG, the last point marked; its text
   * alternative lists every period's value, so the line carries nothing a screen reader misses.
   */
  static String sparkline(Language lang, List<String> periods, List<Double> values, String unit) {
    int width = 96;
    int height = 26;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    StringBuilder said = new StringBuilder();
    for (int k = 0; k < periods.size(); k++) {
      Double v = k < values.size() ? values.get(k) : null;
      if (v != null) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
      said.append(k == 0 ? "" : "; ").append(Show.period(lang, periods.get(k))).append(' ')
          .append(v == null ? Layout.text(lang, "page.no_value") : Show.number(lang, v, unit, 2));
    }
    String label = Layout.text(lang, "page.sparkline_label").replace("{0}", said);
    StringBuilder svg = new StringBuilder("<svg class=\"spark\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(label)).append("\"><title>").append(Html.escape(label)).append("</title>");
    if (low == Double.POSITIVE_INFINITY) {
      return svg.append("<line x1=\"2\" y1=\"13\" x2=\"94\" y2=\"13\" class=\"none\"/></svg>").toString();
    }
    int n = periods.size();
    double step = n > 1 ? (width - 6.0) / (n - 1) : 0;
    StringBuilder line = new StringBuilder();
    String lastPoint = "";
    for (int k = 0; k < n; k++) {
      Double v = k < values.size() ? values.get(k) : null;
      if (v == null) {
        flush(svg, line);
        continue;
      }
      double x = n > 1 ? 3 + k * step : width / 2.0;
      double y = high == low ? height / 2.0 : 3 + (height - 6) * (high - v) / (high - low);
      String point = String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y);
      line.append(line.length() == 0 ? "" : " ").append(point);
      lastPoint = point;
    }
    flush(svg, line);
    String[] xy = lastPoint.split(",");
    return svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"2.5\"/></svg>")
        .toString();
  }

  private static void flush(StringBuilder svg, StringBuilder line) {
    if (line.length() > 0) {
      svg.append("<polyline points=\"").append(line).append("\"/>");
      line.setLength(0);
    }
  }

  // --- a range of periods

  /** The trend view of {@code from..to}: a line chart of the overall score and the perspectives, and the table. */
  String range(Language lang, User user, String id, String from, String to) {
    JsonNode all = read(results.results(user, id, from + ".." + to, null, lang).json());
    List<JsonNode> periods = new ArrayList<>();
    all.forEach(periods::add);
    ObjectNode chart = JsonIn.MAPPER.createObjectNode().put("type", "lines");
    ArrayNode names = chart.putArray("periods");
    ArrayNode series = chart.putArray("series");
    ObjectNode overall = series.addObject().put("name", Layout.text(lang, "page.overall"));
    ArrayNode overallValues = overall.putArray("values");
    StringBuilder said = new StringBuilder();
    for (JsonNode r : periods) {
      String period = Show.period(lang, r.path("period").asText());
      names.add(period);
      JsonNode fin = r.path("overall").path("final");
      if (fin.isNumber()) {
        overallValues.add(fin.asDouble());
      } else {
        overallValues.addNull();
      }
      said.append(said.length() == 0 ? "" : "; ").append(period).append(' ')
          .append(Show.score(lang, fin.isNumber() ? fin.asDouble() : null));
    }
    if (!periods.isEmpty()) {
      for (JsonNode p : periods.get(0).get("perspectives")) {
        ObjectNode s = series.addObject().put("name", p.path("name").asText());
        ArrayNode values = s.putArray("values");
        for (JsonNode r : periods) {
          JsonNode found = null;
          for (JsonNode q : r.get("perspectives")) {
            if (q.path("id").asText().equals(p.path("id").asText())) {
              found = q.path("final");
            }
          }
          if (found != null && found.isNumber()) {
            values.add(found.asDouble());
          } else {
            values.addNull();
          }
        }
      }
    }
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"range-h\"><h2 id=\"range-h\">")
        .append(Layout.t(lang, "page.range_title")).append(": ").append(Html.escape(Show.period(lang, from))).append(" – ")
        .append(Html.escape(Show.period(lang, to))).append("</h2><div class=\"chart lines\" role=\"img\" aria-label=\"")
        .append(Html.escape(Layout.text(lang, "page.range_chart").replace("{0}", said)))
        .append("\" data-dash-chart=\"").append(Html.escape(chart.toString())).append("\"></div></section>");
    out.append(rangeTable(lang, periods));
    return out.toString();
  }

  private static String rangeTable(Language lang, List<JsonNode> periods) {
    StringBuilder out = new StringBuilder("<section class=\"panel\" aria-labelledby=\"range-t\"><h2 id=\"range-t\">")
        .append(Layout.t(lang, "page.range_table")).append("</h2><div class=\"scroll\"><table class=\"range\"")
        .append(" data-testid=\"range-table\"><thead><tr><th scope=\"col\">").append(Layout.t(lang, "page.indicator"))
        .append("</th>");
    periods.forEach(r -> out.append("<th scope=\"col\" class=\"num\">")
        .append(Html.escape(Show.period(lang, r.path("period").asText()))).append("</th>"));
    out.append("</tr></thead><tbody>");
    if (!periods.isEmpty()) {
      for (JsonNode i : periods.get(0).get("indicators")) {
        String indicator = i.path("id").asText();
        out.append("<tr><th scope=\"row\">").append(Html.escape(i.path("name").asText())).append("</th>");
        for (JsonNode r : periods) {
          JsonNode found = null;
          for (JsonNode j : r.get("indicators")) {
            if (j.path("id").asText().equals(indicator)) {
              found = j;
            }
          }
          out.append("<td class=\"num\">").append(found == null ? "—" : cell(lang, found)).append("</td>");
        }
        out.append("</tr>");
      }
      out.append("<tr class=\"total\"><th scope=\"row\">").append(Layout.t(lang, "page.overall")).append("</th>");
      for (JsonNode r : periods) {
        JsonNode o = r.path("overall");
        out.append("<td class=\"num\"><b>").append(Show.score(lang, o.path("final").isNumber() ? o.get("final").asDouble() : null))
            .append("</b><span class=\"sub\">").append(Html.escape(o.path("category").asText(""))).append("</span></td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></div></section>").toString();
  }

  /** An indicator in one period: its value, and under it its score and category word. */
  private static String cell(Language lang, JsonNode i) {
    JsonNode v = i.path("value");
    String value = v.isNumber() ? Show.number(lang, v.asDouble(), i.path("unit").asText(""), 2)
        : v.isTextual() ? v.asText() : "—";
    JsonNode score = i.path("score");
    return Html.escape(value) + "<span class=\"sub\">" + Layout.t(lang, "page.score") + " "
        + (score.isNumber() ? Numbers.format(lang, score.asDouble(), 4) : "—")
        + (i.path("category").asText("").isEmpty() ? "" : " · " + Html.escape(i.path("category").asText())) + "</span>";
  }

  static JsonNode read(String json) {
    try {
      return JsonIn.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
