package io.kinerja.report;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.formula.Value;
import io.kinerja.core.model.Method;
import io.kinerja.core.scoring.Aggregate;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.scoring.Bands;
import io.kinerja.core.scoring.Omax;
import io.kinerja.core.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, drawn here (no script, no request): the bands of the final score
 * with a marker, horizontal bars (perspectives, segments), traffic lights, and line charts over periods.
 * Every label goes through {@link Markup}, so user text cannot become markup.
 */
final class Charts {

  private static final String NS = "http://www.w3.org/2000/svg";
  private static final int WIDTH = 640;
  private static final int LABEL = 210;
  private static final String FONT = "DejaVu Sans, Arial, sans-serif";

  /** One bar: a label, a value (null: none) and its colour. */
  record Bar(String label, Double value, String shown, String colour) {}

  /** The axis a final score is drawn on. */
  record Scale(double low, double high) {
    double x(double value, double left, double width) {
      double clamped = Math.max(low, Math.min(high, value));
      return left + (clamped - low) / (high - low) * width;
    }
  }

  private Charts() {}

  /** The number the bands apply to: the final score, on OMAX's 0–10 scale under OMAX. */
  static Double banded(ScorecardResult r, Aggregate a) {
    if (a.fin() == null || r.method() != Method.OMAX) {
      return a.fin();
    }
    return a.max() == 0 ? null : a.fin() / a.max() * Omax.TOP;
  }

  static Scale scale(ScorecardResult r) {
    if (r.method() == Method.MULYADI) {
      return new Scale(-1, 1);
    }
    if (r.method() == Method.OMAX) {
      return new Scale(0, Omax.TOP);
    }
    double high = 100;
    Bands bands = r.scorecard().scoring().bands();
    if (bands != null) {
      for (Band b : bands.bands()) {
        high = Math.max(high, b.to() == null ? 0 : b.to() * 1.1);
      }
    }
    if (r.method() == Method.ACHIEVEMENT) {
      high = Math.max(high, r.scorecard().scoring().cap() * 100);
    }
    return new Scale(0, high);
  }

  /** The scorecard's bands as coloured ranges, each labelled, with the final score marked on them. */
  static Markup bandScale(ScorecardResult r, Words words) {
    Scale scale = scale(r);
    Bands bands = r.scorecard().scoring().bands();
    int left = 20;
    int width = WIDTH - 40;
    Markup svg = svg(WIDTH, 96, words.label("bands"));
    if (bands != null) {
      for (Band b : bands.bands()) {
        double from = b.from() == null ? scale.low() : Math.max(scale.low(), b.from());
        double to = b.to() == null ? scale.high() : Math.min(scale.high(), b.to());
        if (to < from) {
          continue;
        }
        double x1 = scale.x(from, left, width);
        double x2 = scale.x(to, left, width);
        double w = Math.max(x2 - x1, 2);
        svg.empty("rect", "x", n(x1), "y", "34", "width", n(w), "height", "22", "fill", Lights.colour(b.colour()),
            "stroke", "#ffffff", "stroke-width", "1");
        svg.element("text", words.text(b.label()), "x", n(x1 + w / 2), "y", "72", "font-size", "10",
            "text-anchor", "middle", "font-family", FONT, "fill", "#333333");
        if (b.from() != null && b.from() > scale.low()) {
          svg.element("text", words.number(b.from(), 2), "x", n(x1), "y", "88", "font-size", "9",
              "text-anchor", "middle", "font-family", FONT, "fill", "#666666");
        }
      }
    }
    Double x = banded(r, r.overall());
    if (x != null) {
      double at = scale.x(x, left, width);
      svg.empty("path", "d", "M" + n(at - 7) + " 14 L" + n(at + 7) + " 14 L" + n(at) + " 30 Z", "fill", "#1f2d3d");
      svg.empty("line", "x1", n(at), "y1", "30", "x2", n(at), "y2", "58", "stroke", "#1f2d3d", "stroke-width", "2");
      svg.element("text", words.finalScore(r), "x", n(Math.min(Math.max(at, left + 20), left + width - 20)), "y", "10",
          "font-size", "11", "font-weight", "bold", "text-anchor", "middle", "font-family", FONT, "fill", "#1f2d3d");
    }
    return svg.close("svg");
  }

  static Markup perspectiveBars(ScorecardResult r, Words words) {
    List<Bar> bars = new ArrayList<>();
    for (GroupResult g : r.perspectives()) {
      Double x = banded(r, g.aggregate());
      bars.add(new Bar(g.name(), x, x == null ? "—" : words.number(x, 2), Lights.ofFinal(r, x)));
    }
    return bars(bars, scale(r), words.label("perspective_chart"));
  }

  /** Horizontal bars from zero (or the axis's low end) to each value, the value written beside. */
  static Markup bars(List<Bar> bars, Scale scale, String title) {
    int row = 26;
    int height = bars.size() * row + 24;
    int width = WIDTH - LABEL - 60;
    Markup svg = svg(WIDTH, height, title);
    double zero = scale.x(Math.max(scale.low(), Math.min(0, scale.high())), LABEL, width);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 8 + i * row;
      svg.element("text", shorten(bar.label(), 34), "x", n(LABEL - 8), "y", n(y + 15), "font-size", "11",
          "text-anchor", "end", "font-family", FONT, "fill", "#222222");
      svg.empty("rect", "x", n(LABEL), "y", n(y + 2), "width", n(width), "height", "18", "fill", "#f1f3f5");
      if (bar.value() != null) {
        double end = scale.x(bar.value(), LABEL, width);
        svg.empty("rect", "x", n(Math.min(zero, end)), "y", n(y + 2), "width", n(Math.max(Math.abs(end - zero), 1.5)),
            "height", "18", "fill", bar.colour());
      }
      svg.element("text", bar.shown(), "x", n(LABEL + width + 6), "y", n(y + 15), "font-size", "11",
          "font-family", FONT, "fill", "#222222");
    }
    svg.empty("line", "x1", n(zero), "y1", "6", "x2", n(zero), "y2", n(height - 14), "stroke", "#555555",
        "stroke-width", "1");
    return svg.close("svg");
  }

  /** One coloured light per indicator, in two columns. */
  static Markup lights(ScorecardResult r, Words words) {
    List<IndicatorResult> all = r.indicators();
    int rows = (all.size() + 1) / 2;
    int row = 22;
    Markup svg = svg(WIDTH, rows * row + 8, words.label("lights"));
    for (int i = 0; i < all.size(); i++) {
      IndicatorResult ir = all.get(i);
      int column = i / Math.max(rows, 1);
      int x = column * (WIDTH / 2) + 12;
      int y = (i % Math.max(rows, 1)) * row + 14;
      svg.empty("circle", "cx", n(x), "cy", n(y), "r", "7", "fill", Lights.of(r, ir), "stroke", "#555555",
          "stroke-width", "0.6");
      svg.element("text", shorten(ir.indicator().name(), 38) + "  " + words.score(ir.score()), "x", n(x + 14),
          "y", n(y + 4), "font-size", "10.5", "font-family", FONT, "fill", "#222222");
    }
    return svg.close("svg");
  }

  /** A small line chart of one indicator's value over the periods, with its standard dashed. */
  static Markup trend(List<ScorecardResult> periods, String indicator, Words words) {
    List<Double> values = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    Double standard = null;
    for (ScorecardResult r : periods) {
      IndicatorResult ir = r.indicator(indicator).orElseThrow();
      values.add(ir.value() instanceof Value.Number n ? n.value() : null);
      colours.add(Lights.of(r, ir));
      standard = standard != null ? standard : standardOf(ir.target());
    }
    String title = periods.get(0).indicator(indicator).orElseThrow().indicator().name();
    return line(values, colours, standard, periods.stream().map(p -> p.span().name()).toList(), title, words);
  }

  static Markup overallTrend(List<ScorecardResult> periods, Words words) {
    List<Double> values = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (ScorecardResult r : periods) {
      Double x = banded(r, r.overall());
      values.add(x);
      colours.add(Lights.ofFinal(r, x));
    }
    return line(values, colours, null, periods.stream().map(p -> p.span().name()).toList(),
        words.label("trend_overall"), words);
  }

  private static Markup line(List<Double> values, List<String> colours, Double standard, List<String> periods,
      String title, Words words) {
    int width = 300;
    int height = 130;
    int left = 8;
    int top = 22;
    int plotW = width - 16;
    int plotH = 78;
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (Double v : values) {
      if (v != null) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    if (standard != null) {
      low = Math.min(low, standard);
      high = Math.max(high, standard);
    }
    Markup svg = svg(width, height, title);
    svg.element("text", shorten(title, 44), "x", "4", "y", "13", "font-size", "11", "font-weight", "bold",
        "font-family", FONT, "fill", "#222222");
    svg.empty("rect", "x", n(left), "y", n(top), "width", n(plotW), "height", n(plotH), "fill", "#f7f8fa");
    if (low > high) {
      return svg.close("svg");
    }
    if (high - low < 1e-9) {
      low -= 1;
      high += 1;
    }
    Scale y = new Scale(low - (high - low) * 0.1, high + (high - low) * 0.1);
    if (standard != null) {
      double sy = top + plotH - (y.x(standard, 0, plotH));
      svg.empty("line", "x1", n(left), "y1", n(sy), "x2", n(left + plotW), "y2", n(sy), "stroke", "#888888",
          "stroke-dasharray", "4 3", "stroke-width", "1");
    }
    StringBuilder path = new StringBuilder();
    int count = values.size();
    for (int i = 0; i < count; i++) {
      Double v = values.get(i);
      if (v == null) {
        continue;
      }
      double px = left + (count == 1 ? plotW / 2.0 : 6 + i * (plotW - 12.0) / (count - 1));
      double py = top + plotH - y.x(v, 0, plotH);
      path.append(path.length() == 0 ? "M" : " L").append(n(px)).append(' ').append(n(py));
    }
    if (path.length() > 0) {
      svg.empty("path", "d", path.toString(), "fill", "none", "stroke", "#2d5f8b", "stroke-width", "1.6");
    }
    for (int i = 0; i < count; i++) {
      Double v = values.get(i);
      if (v != null) {
        double px = left + (count == 1 ? plotW / 2.0 : 6 + i * (plotW - 12.0) / (count - 1));
        double py = top + plotH - y.x(v, 0, plotH);
        svg.empty("circle", "cx", n(px), "cy", n(py), "r", "3", "fill", colours.get(i), "stroke", "#2d5f8b",
            "stroke-width", "0.8");
      }
    }
    svg.element("text", periods.get(0), "x", n(left), "y", n(height - 14), "font-size", "9", "font-family", FONT,
        "fill", "#555555");
    svg.element("text", periods.get(count - 1), "x", n(left + plotW), "y", n(height - 14), "font-size", "9",
        "text-anchor", "end", "font-family", FONT, "fill", "#555555");
    Double last = values.get(count - 1);
    svg.element("text", last == null ? "—" : words.number(last, 2), "x", n(left + plotW), "y", "13",
        "font-size", "10", "text-anchor", "end", "font-family", FONT, "fill", "#2d5f8b");
    return svg.close("svg");
  }

  private static Double standardOf(Target target) {
    if (target instanceof Target.AtLeast t) {
      return t.standard();
    }
    return target instanceof Target.AtMost t ? t.standard() : null;
  }

  private static Markup svg(int width, int height, String title) {
    Markup svg = new Markup().open("svg", "xmlns", NS, "width", n(width), "height", n(height), "viewBox",
        "0 0 " + width + " " + height, "role", "img", "class", "chart");
    return svg.element("title", title);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String n(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }
}
