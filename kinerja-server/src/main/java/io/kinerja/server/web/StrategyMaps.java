package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinerja.core.evaluation.ObjectiveScores;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Objective;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.model.Scoring;
import io.kinerja.core.scoring.Band;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Show;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.results.Results;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strategy map of a scorecard for a period: its perspectives as lanes in the scorecard's order
 * (financial on top, learning and growth at the bottom, as written), its objectives as boxes coloured by
 * their category, and the {@code causes:} arrows between them. Drawn on the server as inline SVG, so it
 * needs no script, prints, and scrolls sideways on a phone; below it the same map as lists (which is also
 * where a box leads: the objective with its indicators). A perspective without objectives shows its
 * indicators as boxes, each leading to its explanation.
 */
final class StrategyMaps {

  static final int WIDTH = 1000;
  private static final int LABEL = 170;
  private static final int GAP = 16;
  private static final int BOX_H = 78;
  private static final int PER_ROW = 4;
  private static final int LANE_PAD = 18;

  private final Results results;
  private final Callers callers;

  StrategyMaps(Results results, Callers callers) {
    this.results = results;
    this.callers = callers;
  }

  void register(Routes r) {
    r.get("/scorecards/{id}/map", ctx -> SignedIn.page(callers, ctx, this::map));
  }

  /** A box of the map: an objective, or an indicator of a perspective that has no objectives. */
  private record Box(String key, String name, String score, String category, String tone, String href,
      boolean objective, List<String> causes, List<JsonNode> indicators) {}

  /** Where a box was drawn. */
  private record At(int lane, double x, double y, double w) {}

  private void map(Context ctx, Sessions.Session session) {
    String id = ctx.pathParam("id");
    Results.Outline outline = results.outline(session.user(), id);
    Scorecard sc = outline.scorecard();
    Language lang = Languages.forPage(ctx, sc.language());
    String asked = ctx.queryParam("period") == null || ctx.queryParam("period").isBlank() ? null
        : ctx.queryParam("period").strip();
    JsonNode result = read(results.results(session.user(), id, asked, null, lang).json());
    String period = result.path("period").asText();
    Map<String, JsonNode> byId = new HashMap<>();
    Map<String, Double> scores = new HashMap<>();
    for (JsonNode i : result.path("indicators")) {
      byId.put(i.path("id").asText(), i);
      if (i.path("score").isNumber()) {
        scores.put(i.path("id").asText(), i.path("score").asDouble());
      }
    }
    Tones tones = new Tones(sc.scoring(), lang);
    Map<String, ObjectiveScores.Outcome> outcomes = ObjectiveScores.of(sc, scores);
    List<List<Box>> lanes = new ArrayList<>();
    for (Perspective p : sc.perspectives()) {
      List<Box> boxes = new ArrayList<>();
      for (Objective o : p.objectives()) {
        ObjectiveScores.Outcome outcome = outcomes.get(o.id());
        String category = outcome.category() == null ? "" : outcome.category().in(lang);
        List<JsonNode> inds = new ArrayList<>();
        o.indicators().forEach(i -> inds.add(byId.get(i.id())));
        boxes.add(new Box(o.id(), o.name(), Show.score(lang, outcome.aggregate().fin()), category, tones.of(category),
            "#o-" + o.id(), true, o.causes(), inds));
      }
      for (Indicator i : p.indicators()) {
        JsonNode r = byId.get(i.id());
        String category = text(r, "category");
        boxes.add(new Box(i.id(), i.name(), Show.score(lang, r.path("score").isNumber() ? r.get("score").asDouble() : null),
            category, tones.of(category), indicatorHref(id, i.id(), period, lang), false, List.of(), List.of(r)));
      }
      lanes.add(boxes);
    }
    StringBuilder main = new StringBuilder(16_384);
    main.append(SignedIn.crumbs(lang, id, sc.name(), period))
        .append("<h1>").append(Layout.t(lang, "map.title")).append(": ").append(Html.escape(sc.name())).append("</h1>")
        .append(periodPicker(lang, id, outline, period))
        .append("<section class=\"panel map-panel\" aria-labelledby=\"map-h\"><h2 id=\"map-h\">")
        .append(Layout.t(lang, "map.title")).append(" · ").append(Layout.t(lang, "page.period")).append(' ')
        .append(Html.escape(period)).append("</h2><p class=\"meta\">").append(Layout.t(lang, "map.hint")).append("</p>")
        .append("<div class=\"map-scroll\">").append(svg(lang, sc, lanes)).append("</div></section>")
        .append(lists(lang, id, sc, lanes, period));
    Layout.render(ctx, 200, lang, Layout.text(lang, "map.title") + ": " + sc.name(), session, main.toString(),
        List.of("strategy-map.css"));
  }

  private static String periodPicker(Language lang, String id, Results.Outline outline, String period) {
    StringBuilder form = new StringBuilder("<form class=\"pickers panel\" method=\"get\" action=\"/scorecards/")
        .append(Html.escape(Html.url(id))).append("/map\"><input type=\"hidden\" name=\"lang\" value=\"").append(lang.code())
        .append("\"><label for=\"period\">").append(Layout.t(lang, "page.period")).append("</label>")
        .append("<select id=\"period\" name=\"period\">");
    List<String> periods = new ArrayList<>(outline.periods());
    if (!periods.contains(period)) {
      periods.add(period);
    }
    for (String p : periods) {
      form.append("<option value=\"").append(Html.escape(p)).append('"').append(p.equals(period) ? " selected" : "")
          .append('>').append(Html.escape(p)).append("</option>");
    }
    return form.append("</select><button type=\"submit\">").append(Layout.t(lang, "page.show")).append("</button></form>")
        .toString();
  }

  // --- the drawing

  /**
   * How a map is laid out: wide (lane names in a column on the left, four boxes a row) for a laptop and
   * print, narrow (each lane's name above its boxes, two a row) for a phone, where the wide one would shrink
   * its text below reading size. Both are drawn; the style sheet shows one.
   */
  private record Geometry(String name, int width, int label, int perRow, int title) {}

  private static final Geometry WIDE = new Geometry("wide", WIDTH, LABEL, PER_ROW, 0);
  private static final Geometry NARROW = new Geometry("narrow", 400, 0, 2, 30);

  private static String svg(Language lang, Scorecard sc, List<List<Box>> lanes) {
    return svg(lang, sc, lanes, WIDE) + svg(lang, sc, lanes, NARROW);
  }

  private static String svg(Language lang, Scorecard sc, List<List<Box>> lanes, Geometry g) {
    Map<String, At> at = new LinkedHashMap<>();
    StringBuilder lanesSvg = new StringBuilder();
    StringBuilder boxesSvg = new StringBuilder();
    double y = 0;
    for (int l = 0; l < lanes.size(); l++) {
      List<Box> boxes = lanes.get(l);
      int rows = Math.max(1, (boxes.size() + g.perRow() - 1) / g.perRow());
      double height = g.title() + rows * BOX_H + (rows - 1) * GAP + 2 * LANE_PAD;
      Perspective p = sc.perspectives().get(l);
      lanesSvg.append("<g class=\"lane\" data-perspective=\"").append(Html.escape(p.id())).append("\"><rect class=\"lane-bg")
          .append(l % 2 == 0 ? "" : " alt").append("\" x=\"0\" y=\"").append(f(y)).append("\" width=\"").append(g.width())
          .append("\" height=\"").append(f(height)).append("\"/>");
      List<String> title = g.title() > 0 ? wrap(p.name(), 44, 1) : wrap(p.name(), 20, 3);
      double ty = g.title() > 0 ? y + 26 : y + height / 2 - (title.size() - 1) * 8;
      lanesSvg.append("<text class=\"lane-name\" x=\"12\" y=\"").append(f(ty)).append("\">");
      for (int k = 0; k < title.size(); k++) {
        lanesSvg.append("<tspan x=\"12\" dy=\"").append(k == 0 ? "0" : "16").append("\">").append(Html.escape(title.get(k)))
            .append("</tspan>");
      }
      lanesSvg.append("</text></g>");
      for (int k = 0; k < boxes.size(); k++) {
        int row = k / g.perRow();
        int inRow = Math.min(g.perRow(), boxes.size() - row * g.perRow());
        double area = g.width() - g.label() - 12 - (g.label() == 0 ? 12 : 0);
        double w = Math.min(230, (area - (inRow - 1) * GAP) / inRow);
        double left = (g.label() == 0 ? 12 : g.label()) + (area - (inRow * w + (inRow - 1) * GAP)) / 2;
        double x = left + (k % g.perRow()) * (w + GAP);
        double by = y + g.title() + LANE_PAD + row * (BOX_H + GAP);
        Box box = boxes.get(k);
        at.put(box.key(), new At(l, x, by, w));
        boxesSvg.append(box(lang, box, x, by, w));
      }
      y += height;
    }
    StringBuilder arrows = new StringBuilder();
    for (List<Box> boxes : lanes) {
      for (Box box : boxes) {
        for (String effect : box.causes()) {
          At from = at.get(box.key());
          At to = at.get(effect);
          if (from != null && to != null) {
            arrows.append(arrow(box.key(), effect, from, to, at.values(), g));
          }
        }
      }
    }
    String marker = "arrowhead-" + g.name();
    return "<svg class=\"strategy-map " + g.name() + "\" viewBox=\"0 0 " + g.width() + " " + f(y) + "\" width=\"" + g.width()
        + "\" height=\"" + f(y) + "\" role=\"group\" aria-labelledby=\"map-title-" + g.name() + "\" data-testid=\"strategy-map-"
        + g.name() + "\"><title id=\"map-title-" + g.name() + "\">" + Layout.t(lang, "map.title") + "</title><defs><marker id=\""
        + marker + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0 0L10 5L0 10z\" class=\"arrowhead\"/></marker></defs>" + lanesSvg + "<g class=\"arrows\">"
        + arrows.toString().replace("url(#arrowhead)", "url(#" + marker + ")") + "</g>" + boxesSvg + "</svg>";
  }

  private static String box(Language lang, Box box, double x, double y, double w) {
    int perLine = (int) Math.max(8, (w - 20) / 8.6);
    List<String> name = wrap(box.name(), perLine, 2);
    String label = box.name() + " — " + Layout.text(lang, "page.score") + " " + box.score()
        + (box.category().isEmpty() ? "" : ", " + box.category());
    StringBuilder out = new StringBuilder("<a href=\"").append(Html.escape(box.href())).append("\" class=\"box tone-")
        .append(box.tone()).append(box.objective() ? " objective" : " indicator").append("\" data-box=\"")
        .append(Html.escape(box.key())).append("\" data-tone=\"").append(box.tone()).append("\" aria-label=\"")
        .append(Html.escape(label)).append("\"><title>").append(Html.escape(label)).append("</title><rect x=\"").append(f(x))
        .append("\" y=\"").append(f(y)).append("\" width=\"").append(f(w)).append("\" height=\"").append(BOX_H)
        .append("\" rx=\"8\"/>");
    double ty = y + 22;
    for (String line : name) {
      out.append("<text class=\"box-name\" x=\"").append(f(x + 10)).append("\" y=\"").append(f(ty)).append("\">")
          .append(Html.escape(line)).append("</text>");
      ty += 17;
    }
    String foot = box.score() + (box.category().isEmpty() ? "" : " · " + box.category());
    out.append("<text class=\"box-score\" x=\"").append(f(x + 10)).append("\" y=\"").append(f(y + BOX_H - 11)).append("\">")
        .append(Html.escape(ellipsis(foot, perLine + 2))).append("</text></a>");
    return out.toString();
  }

  /**
   * From the cause's edge to the effect's: up or down to a neighbouring lane, sideways within one. An
   * arrow that skips lanes would cross the boxes between, so it leaves by the cause's right side and
   * bends around everything it passes, entering the effect from its right.
   */
  private static String arrow(String cause, String effect, At from, At to, java.util.Collection<At> all, Geometry g) {
    String d;
    if (from.lane() == to.lane() && Math.abs(from.y() - to.y()) < 1) {
      boolean right = to.x() > from.x();
      double x1 = right ? from.x() + from.w() : from.x();
      double x2 = right ? to.x() : to.x() + to.w();
      d = "M" + f(x1) + " " + f(from.y() + BOX_H / 2.0) + " L" + f(x2) + " " + f(to.y() + BOX_H / 2.0);
    } else if (Math.abs(from.lane() - to.lane()) <= 1) {
      boolean up = to.y() < from.y();
      double x1 = from.x() + from.w() / 2;
      double x2 = to.x() + to.w() / 2;
      double y1 = up ? from.y() : from.y() + BOX_H;
      double y2 = up ? to.y() + BOX_H : to.y();
      double mid = (y1 + y2) / 2;
      d = "M" + f(x1) + " " + f(y1) + " C" + f(x1) + " " + f(mid) + " " + f(x2) + " " + f(mid) + " " + f(x2) + " " + f(y2);
    } else {
      double top = Math.min(from.y(), to.y());
      double bottom = Math.max(from.y(), to.y()) + BOX_H;
      double right = Math.max(from.x() + from.w(), to.x() + to.w());
      for (At a : all) {
        if (a.y() + BOX_H > top && a.y() < bottom) {
          right = Math.max(right, a.x() + a.w());
        }
      }
      double bend = Math.min(g.width() - 4, right + 24) ;
      // a cubic with both control points at c reaches three quarters of the way to c
      double x1 = from.x() + from.w();
      double x2 = to.x() + to.w();
      double c = Math.max(x1, x2) + (bend - Math.max(x1, x2)) / 0.75;
      double y1 = from.y() + BOX_H / 2.0;
      double y2 = to.y() + BOX_H / 2.0;
      d = "M" + f(x1) + " " + f(y1) + " C" + f(c) + " " + f(y1) + " " + f(c) + " " + f(y2) + " " + f(x2) + " " + f(y2);
    }
    return "<path class=\"cause\" data-from=\"" + Html.escape(cause) + "\" data-to=\"" + Html.escape(effect) + "\" d=\"" + d
        + "\" marker-end=\"url(#arrowhead)\"/>";
  }

  // --- the same map as lists: for reading on a phone, for screen readers, and where a box leads

  private static String lists(Language lang, String id, Scorecard sc, List<List<Box>> lanes, String period) {
    Map<String, String> names = new HashMap<>();
    lanes.forEach(l -> l.forEach(b -> names.put(b.key(), b.name())));
    StringBuilder out = new StringBuilder("<section class=\"map-lists\" aria-labelledby=\"lists-h\"><h2 id=\"lists-h\">")
        .append(Layout.t(lang, "map.objectives")).append("</h2>");
    for (int l = 0; l < lanes.size(); l++) {
      out.append("<section class=\"panel lane-list\"><h3>").append(Html.escape(sc.perspectives().get(l).name()))
          .append("</h3><ul>");
      for (Box box : lanes.get(l)) {
        out.append("<li id=\"").append(box.objective() ? "o-" : "i-").append(Html.escape(box.key()))
            .append("\" class=\"map-item\"><span class=\"light tone-").append(box.tone())
            .append("\"><span class=\"dot\" aria-hidden=\"true\"></span>")
            .append(Html.escape(box.category().isEmpty() ? "—" : box.category())).append("</span> <b>");
        if (box.objective()) {
          out.append(Html.escape(box.name()));
        } else {
          out.append("<a href=\"").append(Html.escape(box.href())).append("\">").append(Html.escape(box.name())).append("</a>");
        }
        out.append("</b> <span class=\"meta\">").append(Layout.t(lang, "page.score")).append(' ').append(box.score())
            .append("</span>");
        if (!box.causes().isEmpty()) {
          List<String> effects = new ArrayList<>();
          box.causes().forEach(c -> effects.add("<a href=\"#o-" + Html.escape(c) + "\">" + Html.escape(names.getOrDefault(c, c))
              + "</a>"));
          out.append("<p class=\"meta drives\">").append(Layout.t(lang, "map.drives")).append(' ')
              .append(String.join(", ", effects)).append("</p>");
        }
        if (box.objective()) {
          out.append(indicators(lang, id, box, period));
        }
        out.append("</li>");
      }
      out.append("</ul></section>");
    }
    return out.append("</section>").toString();
  }

  private static String indicators(Language lang, String id, Box box, String period) {
    StringBuilder out = new StringBuilder("<ul class=\"objective-indicators\">");
    for (JsonNode i : box.indicators()) {
      if (i == null) {
        continue;
      }
      out.append("<li><a href=\"").append(indicatorHref(id, text(i, "id"), period, lang)).append("\">")
          .append(Html.escape(text(i, "name"))).append("</a> <span class=\"meta\">")
          .append(Layout.t(lang, "page.actual")).append(' ').append(actual(lang, i)).append(" · ")
          .append(Layout.t(lang, "page.target")).append(' ').append(Html.escape(Dashboards.target(lang, text(i, "target"))))
          .append(" · ").append(Layout.t(lang, "page.score")).append(' ')
          .append(Show.score(lang, i.path("score").isNumber() ? i.get("score").asDouble() : null)).append(" · ")
          .append(Html.escape(text(i, "category").isEmpty() ? "—" : text(i, "category"))).append("</span></li>");
    }
    return out.append("</ul>").toString();
  }

  // --- helpers

  private static String indicatorHref(String id, String indicator, String period, Language lang) {
    return Html.escape("/scorecards/" + Html.url(id) + "/indicators/" + Html.url(indicator) + "?period=" + Html.url(period)
        + "&lang=" + lang.code());
  }

  private static String actual(Language lang, JsonNode i) {
    JsonNode value = i.path("value");
    if (value.isNumber()) {
      return Html.escape(Show.number(lang, value.asDouble(), text(i, "unit"), 2));
    }
    return value.isTextual() ? Html.escape(value.asText()) : "—";
  }

  /** Words into lines of at most {@code width} characters; the last line ends in … when words are left over. */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.strip().split("\\s+");
    for (int k = 0; k < words.length; k++) {
      String word = words[k];
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == maxLines) {
          String last = lines.remove(maxLines - 1);
          lines.add(ellipsis(last + " " + word, width));
          return lines;
        }
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(ellipsis(line.toString(), width));
    }
    return lines;
  }

  private static String ellipsis(String text, int width) {
    return text.length() <= width ? text : text.substring(0, Math.max(1, width - 1)).strip() + "…";
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.path(field);
    return v == null || v.isMissingNode() || v.isNull() ? "" : v.asText();
  }

  private static JsonNode read(String json) {
    try {
      return JsonIn.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A category's colour from the scoring bands (their labels in the page's language), as a CSS class suffix. */
  private static final class Tones {
    private final Map<String, String> byLabel = new HashMap<>();

    Tones(Scoring scoring, Language lang) {
      for (Band band : scoring.bands().bands()) {
        byLabel.put(band.label().in(lang).toLowerCase(Locale.ROOT), band.colour() == null ? "none" : band.colour());
      }
    }

    String of(String category) {
      String colour = byLabel.getOrDefault(category.toLowerCase(Locale.ROOT), "none");
      return switch (colour) {
        case "red", "yellow", "green", "lightgreen", "blue", "orange" -> colour;
        default -> "none";
      };
    }
  }
}
