package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.formula.Expr;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.MeasureDefinition;
import io.kinerja.core.model.Scorecard;
import io.kinerja.core.period.Grain;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.text.Language;
import io.kinerja.core.text.Numbers;
import io.kinerja.core.text.Show;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Sessions;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.values.Figures;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Data entry: the period × measure grid of a scorecard's typed-in figures (read-only for viewers and
 * without JavaScript; {@code grid.js} makes it editable and saves through {@code PUT /api/v1/scorecards/{id}/values}
 * with the session's CSRF token), the import of a file with a preview, and the value history shown on the
 * indicator page.
 */
final class GridPages {

  /** More columns than a person can read on one screen is a mistake in the range asked for. */
  private static final int MOST_PERIODS = 60;
  private static final int MOST_CHANGES = 200;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Services s;
  private final Callers callers;

  GridPages(Services services, Callers callers) {
    this.s = services;
    this.callers = callers;
  }

  void register(Routes r) {
    r.get("/scorecards/{id}/data", ctx -> page(ctx, this::grid));
    r.get("/scorecards/{id}/indicators/{indicator}/history", ctx -> page(ctx, this::history));
  }

  private interface Body {
    void render(Context ctx, Sessions.Session session);
  }

  /** As the other pages: no session sends to the login form; a refusal is one page whether or not the thing exists. */
  private void page(Context ctx, Body body) {
    Optional<Sessions.Session> session = callers.session(ctx);
    if (session.isEmpty()) {
      String lang = Languages.asCode(ctx);
      ctx.redirect("/login" + (lang == null ? "" : "?lang=" + lang));
      return;
    }
    Language lang = Languages.forMessages(ctx);
    try {
      body.render(ctx, session.get());
    } catch (Refused e) {
      boolean forbidden = e.reason() == Refused.Reason.FORBIDDEN || e.reason() == Refused.Reason.NOT_FOUND;
      String title = forbidden ? "page.forbidden_title" : "page.error_title";
      Layout.render(ctx, forbidden ? 403 : 400, lang, Layout.text(lang, title), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, title) + "</h1><p>"
              + Layout.t(lang, forbidden ? "page.forbidden" : "page.error") + "</p><p><a href=\"/?lang=" + lang.code()
              + "\">" + Layout.t(lang, "page.home") + "</a></p></section>");
    } catch (InvalidInputException e) {
      Layout.render(ctx, 400, lang, Layout.text(lang, "page.error_title"), session.get(),
          "<section class=\"panel\"><h1>" + Layout.t(lang, "page.error_title") + "</h1><p role=\"alert\">"
              + Html.escape(e.describe(lang)) + "</p><p><a href=\"" + Html.escape(ctx.path()) + "?lang=" + lang.code()
              + "\">" + Layout.t(lang, "page.back") + "</a></p></section>");
    }
  }

  // --- the grid

  private void grid(Context ctx, Sessions.Session session) {
    User user = session.user();
    String id = ctx.pathParam("id");
    Results.Outline outline = s.results().outline(user, id);
    Scorecard scorecard = outline.scorecard();
    Language lang = Languages.forPage(ctx, scorecard.language());
    Library.Row row = s.scorecards().get(user, id, Role.VIEWER);
    boolean editable = s.store().read(c -> Access.role(c, user, row.unit())).map(r -> r.allows(Role.CONTRIBUTOR))
        .orElse(false);
    Library.Prepared prepared = s.scorecards().version(user, id, null);
    List<Figures.Stored> stored = s.values().list(user, id, null);
    String asked = blankToNull(ctx.queryParam("period"));
    List<Period> periods = columns(scorecard, asked, stored);
    Map<String, Map<String, String>> segments = segments(stored);
    String segment = blankToNull(ctx.queryParam("segment"));
    if (segment != null && !segments.containsKey(segment)) {
      throw InvalidInputException.of(Location.field("segment"), "grid.no_such_segment", segment);
    }
    String chosenSegment = segment == null ? "" : segment;
    Map<String, Double> values = new HashMap<>();
    for (Figures.Stored f : stored) {
      if (segmentKey(f.segment()).equals(chosenSegment)) {
        values.put(f.period() + '\u0000' + f.measure(), f.value());
      }
    }
    Set<String> computed = new LinkedHashSet<>(prepared.document().recordMeasures().keySet());
    computed.addAll(prepared.document().cascades().keySet());
    List<String> measures = typedMeasures(scorecard, computed, stored);
    String range = periods.get(0).name() + (periods.size() > 1 ? ".." + periods.get(periods.size() - 1).name() : "");

    StringBuilder main = new StringBuilder(16_384);
    String dashboard = "/scorecards/" + Html.url(id) + "?lang=" + lang.code();
    main.append("<nav class=\"crumbs\" aria-label=\"").append(Layout.t(lang, "page.breadcrumbs")).append("\"><a href=\"/?lang=")
        .append(lang.code()).append("\">").append(Layout.t(lang, "page.home")).append("</a> › <a href=\"")
        .append(Html.escape(dashboard)).append("\">").append(Html.escape(scorecard.name())).append("</a></nav>")
        .append("<h1>").append(Layout.t(lang, "grid.title")).append(": ").append(Html.escape(scorecard.name())).append("</h1>")
        .append(pickers(lang, id, scorecard, outline, range, segments, chosenSegment))
        .append(resultPanel(lang, user, id));
    main.append("<section class=\"panel grid-panel\" aria-labelledby=\"grid-h\"><h2 id=\"grid-h\">")
        .append(Layout.t(lang, "grid.values")).append("</h2>");
    if (editable) {
      main.append("<noscript><p class=\"meta\">").append(Layout.t(lang, "grid.needs_script")).append("</p></noscript>")
          .append("<p class=\"meta grid-help\" hidden>").append(Layout.t(lang, "grid.help")).append("</p>");
    } else {
      main.append("<p class=\"meta\" data-testid=\"grid-read-only\">").append(Layout.t(lang, "grid.read_only")).append("</p>");
    }
    ObjectNode segmentJson = JsonIn.MAPPER.createObjectNode();
    segments.getOrDefault(chosenSegment, Map.of()).forEach(segmentJson::put);
    main.append("<div class=\"scroll\"><table class=\"grid\" id=\"grid\" data-editable=\"").append(editable)
        .append("\" data-lang=\"").append(lang.code()).append("\" data-scorecard=\"").append(Html.escape(id))
        .append("\" data-csrf=\"").append(editable ? Html.escape(session.csrf()) : "")
        .append("\" data-segment=\"").append(Html.escape(segmentJson.toString())).append("\"><caption class=\"sr\">")
        .append(Layout.t(lang, "grid.caption")).append("</caption><thead><tr><th scope=\"col\">")
        .append(Layout.t(lang, "grid.measure")).append("</th>");
    for (Period p : periods) {
      main.append("<th scope=\"col\" class=\"num\">").append(Html.escape(p.name())).append("</th>");
    }
    main.append("</tr></thead><tbody>");
    for (String m : measures) {
      MeasureDefinition def = scorecard.measures().get(m);
      String label = def != null && def.label() != null && !def.label().isBlank() ? def.label() : m;
      String unit = def != null && def.unit() != null ? def.unit() : "";
      main.append("<tr><th scope=\"row\"><span class=\"name\">").append(Html.escape(label)).append("</span>");
      if (!label.equals(m)) {
        main.append(" <code class=\"meta\">").append(Html.escape(m)).append("</code>");
      }
      if (!unit.isEmpty()) {
        main.append(" <span class=\"meta unit\">(").append(Html.escape(unit)).append(")</span>");
      }
      main.append("</th>");
      for (Period p : periods) {
        Double v = values.get(p.name() + '\u0000' + m);
        main.append("<td class=\"num\" data-m=\"").append(Html.escape(m)).append("\" data-p=\"").append(Html.escape(p.name()))
            .append("\" data-label=\"").append(Html.escape(label + " · " + p.name())).append("\" data-v=\"")
            .append(v == null ? "" : plain(v)).append("\">").append(v == null ? "" : Numbers.format(lang, v, 10))
            .append("</td>");
      }
      main.append("</tr>");
    }
    main.append("</tbody></table></div>");
    if (measures.isEmpty()) {
      main.append("<p>").append(Layout.t(lang, "grid.no_measures")).append("</p>");
    }
    if (editable) {
      main.append(toolbar(lang)).append("</section>").append(importPanel(lang));
    } else {
      main.append("</section>");
    }
    Layout.render(ctx, 200, lang, Layout.text(lang, "grid.title") + ": " + scorecard.name(), session, main.toString(),
        List.of("grid.js", "grid.css"));
  }

  private static String pickers(Language lang, String id, Scorecard scorecard, Results.Outline outline, String range,
      Map<String, Map<String, String>> segments, String chosen) {
    StringBuilder form = new StringBuilder("<form class=\"pickers panel\" method=\"get\" action=\"/scorecards/")
        .append(Html.escape(Html.url(id))).append("/data\"><input type=\"hidden\" name=\"lang\" value=\"")
        .append(lang.code()).append("\"><label for=\"grid-period\">").append(Layout.t(lang, "grid.periods"))
        .append("</label><input id=\"grid-period\" name=\"period\" value=\"").append(Html.escape(range))
        .append("\" list=\"grid-periods\" aria-describedby=\"grid-period-hint\" autocomplete=\"off\">")
        .append("<datalist id=\"grid-periods\">");
    Set<String> suggestions = new LinkedHashSet<>();
    suggestions.add(scorecard.current().firstOfYear().name().substring(0, 4));
    outline.periods().forEach(p -> suggestions.add(p.length() >= 4 ? p.substring(0, 4) : p));
    if (!outline.periods().isEmpty()) {
      suggestions.add(outline.periods().get(0) + ".." + outline.periods().get(outline.periods().size() - 1));
    }
    suggestions.forEach(p -> form.append("<option value=\"").append(Html.escape(p)).append("\">"));
    form.append("</datalist><span class=\"meta\" id=\"grid-period-hint\">").append(Layout.t(lang, "grid.periods_hint"))
        .append("</span>");
    if (segments.size() > 1) {
      form.append("<label for=\"grid-segment\">").append(Layout.t(lang, "page.segment")).append("</label>")
          .append("<select id=\"grid-segment\" name=\"segment\">");
      segments.forEach((key, seg) -> form.append("<option value=\"").append(Html.escape(key)).append('"')
          .append(key.equals(chosen) ? " selected" : "").append('>')
          .append(key.isEmpty() ? Layout.t(lang, "grid.whole_unit") : Html.escape(key)).append("</option>"));
      form.append("</select>");
    }
    return form.append("<button type=\"submit\">").append(Layout.t(lang, "page.show")).append("</button></form>").toString();
  }

  /** The overall score of the scorecard's current period, which the page updates after saving. */
  private String resultPanel(Language lang, User user, String id) {
    JsonNode result = read(s.results().results(user, id, null, null, lang).json());
    JsonNode overall = result.path("overall");
    Double fin = overall.path("final").isNumber() ? overall.get("final").asDouble() : null;
    return "<section class=\"panel grid-result\" aria-labelledby=\"grid-result-h\"><h2 id=\"grid-result-h\">"
        + Layout.t(lang, "page.overall") + " <span data-testid=\"grid-result-period\">"
        + Html.escape(result.path("period").asText()) + "</span></h2><p aria-live=\"polite\"><span class=\"big\""
        + " data-testid=\"grid-final\">" + Show.score(lang, fin) + "</span> <span class=\"category\""
        + " data-testid=\"grid-category\">" + Html.escape(overall.path("category").asText("")) + "</span></p></section>";
  }

  private static String toolbar(Language lang) {
    return "<div class=\"grid-tools\" hidden><ul class=\"grid-problems\" id=\"grid-problems\" role=\"alert\"></ul>"
        + "<label for=\"grid-note\">" + Layout.t(lang, "grid.note") + "</label><input id=\"grid-note\" maxlength=\"1000\""
        + " autocomplete=\"off\"><div class=\"grid-buttons\"><button type=\"button\" id=\"grid-save\" disabled>"
        + Layout.t(lang, "grid.save") + "</button><button type=\"button\" id=\"grid-undo\" class=\"secondary\" disabled>"
        + Layout.t(lang, "grid.undo") + "</button></div><p id=\"grid-status\" role=\"status\" data-changed=\""
        + Layout.t(lang, "grid.changed") + "\" data-saved=\"" + Layout.t(lang, "grid.saved") + "\" data-invalid=\""
        + Layout.t(lang, "grid.not_a_number") + "\" data-failed=\"" + Layout.t(lang, "grid.failed") + "\"></p></div>";
  }

  private static String importPanel(Language lang) {
    return "<section class=\"panel import-panel\" aria-labelledby=\"import-h\" hidden><h2 id=\"import-h\">"
        + Layout.t(lang, "grid.import") + "</h2><p class=\"meta\">" + Layout.t(lang, "grid.import_help") + "</p>"
        + "<form id=\"import-form\"><label for=\"import-file\">" + Layout.t(lang, "grid.file") + "</label>"
        + "<input type=\"file\" id=\"import-file\" name=\"file\" accept=\".csv,.xlsx,text/csv\" required>"
        + "<label for=\"import-numbers\">" + Layout.t(lang, "grid.numbers") + "</label><select id=\"import-numbers\">"
        + "<option value=\"plain\"" + (lang == Language.EN ? " selected" : "") + ">1234.5</option>"
        + "<option value=\"id\"" + (lang == Language.ID ? " selected" : "") + ">1.234,5</option></select>"
        + "<div class=\"grid-buttons\"><button type=\"submit\" id=\"import-preview-button\">"
        + Layout.t(lang, "grid.preview") + "</button><button type=\"button\" id=\"import-commit\" disabled>"
        + Layout.t(lang, "grid.import_now") + "</button></div></form>"
        + "<progress id=\"import-progress\" max=\"100\" value=\"0\" hidden aria-label=\""
        + Layout.t(lang, "grid.progress") + "\"></progress>"
        + "<div id=\"import-result\" aria-live=\"polite\" data-row=\"" + Layout.t(lang, "grid.row") + "\" data-column=\""
        + Layout.t(lang, "grid.column") + "\" data-problem=\"" + Layout.t(lang, "grid.problem") + "\" data-good=\""
        + Layout.t(lang, "grid.preview_good") + "\" data-bad=\"" + Layout.t(lang, "grid.preview_bad") + "\" data-done=\""
        + Layout.t(lang, "grid.imported") + "\"></div></section>";
  }

  /**
   * The columns: a range {@code A..B}, a period coarser than the scorecard's grain split into its periods
   * (a year into months), or by default the current period's year (a yearly scorecard: every year with figures
   * up to the current one).
   */
  static List<Period> columns(Scorecard scorecard, String asked, List<Figures.Stored> stored) {
    Grain grain = scorecard.grain();
    List<Period> periods;
    if (asked == null) {
      if (grain == Grain.YEAR) {
        Period first = scorecard.current();
        for (Figures.Stored f : stored) {
          Period p = Period.parse(f.period()).orElse(null);
          if (p != null && p.grain() == Grain.YEAR && p.compareTo(first) < 0) {
            first = p;
          }
        }
        periods = first.through(scorecard.current());
      } else {
        periods = yearOf(scorecard.current()).split(grain);
      }
    } else {
      int dots = asked.indexOf("..");
      Period from = period(dots < 0 ? asked : asked.substring(0, dots), asked);
      Period to = dots < 0 ? from : period(asked.substring(dots + 2), asked);
      if (from.grain().isFinerThan(grain) || to.grain().isFinerThan(grain)) {
        throw InvalidInputException.of(Location.field("period"), "grid.too_fine", asked, grain.key());
      }
      Period start = from.split(grain).get(0);
      List<Period> last = to.split(grain);
      Period end = last.get(last.size() - 1);
      if (end.compareTo(start) < 0) {
        throw InvalidInputException.of(Location.field("period"), "grid.backwards", asked);
      }
      periods = start.through(end);
    }
    if (periods.size() > MOST_PERIODS) {
      throw InvalidInputException.of(Location.field("period"), "grid.too_many_periods", periods.size(), MOST_PERIODS);
    }
    return periods;
  }

  private static Period yearOf(Period p) {
    return Period.containing(Grain.YEAR, p.start());
  }

  private static Period period(String text, String asked) {
    return Period.parse(text.strip()).orElseThrow(() -> InvalidInputException.of(Location.field("period"),
        "cli.bad_period", asked));
  }

  /**
   * The measures a person types in: those the formulas name, those declared, those with figures; never one
   * computed (from raw records, or rolled up from child units), nor an indicator's id unless the indicator is
   * its own measure (its formula is its id, as the catalogue's templates have it).
   */
  static List<String> typedMeasures(Scorecard scorecard, Set<String> computed, List<Figures.Stored> stored) {
    Set<String> indicators = scorecard.indicators().stream()
        .filter(i -> i.formulaText() == null || !i.formulaText().strip().equals(i.id())).map(Indicator::id)
        .collect(Collectors.toSet());
    Set<String> out = new LinkedHashSet<>();
    for (Indicator i : scorecard.indicators()) {
      if (i.formula() != null) {
        out.addAll(Expr.names(i.formula()));
      }
    }
    out.addAll(new TreeSet<>(scorecard.measures().keySet()));
    stored.forEach(f -> out.add(f.measure()));
    out.removeAll(indicators);
    out.removeAll(computed);
    return new ArrayList<>(out);
  }



  /** The segments with figures, by a key that names them ({@code channel=web}); "" is the whole unit. */
  private static Map<String, Map<String, String>> segments(List<Figures.Stored> stored) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    out.put("", Map.of());
    stored.forEach(f -> out.put(segmentKey(f.segment()), f.segment()));
    return out;
  }

  private static String segmentKey(Map<String, String> segment) {
    return new TreeMap<>(segment).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  // --- the value history of an indicator's measures

  /**
   * The changes to the figures an indicator reads (through the indicators it reads, too), newest first: a
   * fragment the indicator page loads, or a page of its own when opened directly.
   */
  private void history(Context ctx, Sessions.Session session) {
    User user = session.user();
    String id = ctx.pathParam("id");
    String indicator = ctx.pathParam("indicator");
    Scorecard scorecard = s.results().outline(user, id).scorecard();
    Language lang = Languages.forPage(ctx, scorecard.language());
    if (scorecard.indicator(indicator).isEmpty()) {
      throw InvalidInputException.of(Location.field("indicator"), "cli.unknown_indicator", indicator,
          scorecard.indicators().stream().map(Indicator::id).collect(Collectors.joining(", ")));
    }
    Set<String> measures = measuresOf(scorecard, indicator, new LinkedHashSet<>());
    List<Figures.Change> changes = new ArrayList<>(s.values().history(user, id, null, null).stream()
        .filter(c -> measures.contains(c.measure())).toList());
    Collections.reverse(changes);
    String section = historySection(lang, scorecard, changes);
    if (ctx.header("HX-Request") != null) {
      ctx.contentType("text/html; charset=utf-8").result(section);
      return;
    }
    String back = "/scorecards/" + Html.url(id) + "/indicators/" + Html.url(indicator) + "?lang=" + lang.code();
    Layout.render(ctx, 200, lang, Layout.text(lang, "grid.history"), session, "<p><a href=\"" + Html.escape(back) + "\">"
        + Layout.t(lang, "page.back") + "</a></p>" + section);
  }

  private static Set<String> measuresOf(Scorecard scorecard, String indicator, Set<String> seen) {
    Set<String> out = new LinkedHashSet<>();
    if (!seen.add(indicator)) {
      return out;
    }
    for (String name : scorecard.indicator(indicator).map(Indicator::formula).map(Expr::names).orElse(List.of())) {
      if (!name.equals(indicator) && scorecard.indicator(name).isPresent()) { // an indicator that is its own measure
        out.addAll(measuresOf(scorecard, name, seen));
      } else {
        out.add(name);
      }
    }
    return out;
  }

  private static String historySection(Language lang, Scorecard scorecard, List<Figures.Change> changes) {
    StringBuilder out = new StringBuilder("<section class=\"panel value-history\" id=\"value-history\""
        + " aria-labelledby=\"history-h\"><h2 id=\"history-h\">").append(Layout.t(lang, "grid.history")).append("</h2>");
    if (changes.isEmpty()) {
      return out.append("<p>").append(Layout.t(lang, "grid.no_history")).append("</p></section>").toString();
    }
    out.append("<div class=\"scroll\"><table class=\"history\" data-testid=\"value-history\"><thead><tr>");
    for (String key : List.of("grid.when", "grid.who", "grid.measure", "page.period", "grid.old", "grid.new",
        "grid.note_column", "grid.source")) {
      out.append("<th scope=\"col\"").append(key.equals("grid.old") || key.equals("grid.new") ? " class=\"num\"" : "")
          .append('>').append(Layout.t(lang, key)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (Figures.Change c : changes.subList(0, Math.min(changes.size(), MOST_CHANGES))) {
      MeasureDefinition def = scorecard.measures().get(c.measure());
      String label = def != null && def.label() != null && !def.label().isBlank() ? def.label() : c.measure();
      String segment = segmentKey(c.segment());
      Instant at = Instant.ofEpochMilli(c.changedAt());
      // The day and the time each on one line, so that on a phone the time may go under the day.
      String day = io.kinerja.core.text.Show.date(lang, at.atZone(ZoneOffset.UTC).toLocalDate());
      out.append("<tr><td><time datetime=\"").append(at).append("\"><span class=\"num\">").append(Html.escape(day))
          .append("</span> <span class=\"num\">").append(Html.escape(WHEN.format(at))).append("</span>")
          .append("</time></td><td>")
          .append(Html.escape(c.changedBy())).append("</td><td>").append(Html.escape(label))
          .append(segment.isEmpty() ? "" : " <span class=\"meta\">" + Html.escape(segment) + "</span>").append("</td><td>")
          .append(Html.escape(c.period())).append("</td><td class=\"num\">").append(number(lang, c.oldValue()))
          .append("</td><td class=\"num\">").append(number(lang, c.newValue())).append("</td><td>")
          .append(Html.escape(c.note() == null ? "" : c.note())).append("</td><td>").append(source(lang, c.source()))
          .append("</td></tr>");
    }
    out.append("</tbody></table></div>");
    if (changes.size() > MOST_CHANGES) {
      out.append("<p class=\"meta\">").append(Html.escape(Layout.text(lang, "grid.more_changes")
          .replace("{0}", String.valueOf(changes.size() - MOST_CHANGES)))).append("</p>");
    }
    return out.append("</section>").toString();
  }

  /** typed, api, import FILE, upload FILE: the kind in the page's language, the file as it was named. */
  private static String source(Language lang, String source) {
    if (source == null) {
      return "";
    }
    int space = source.indexOf(' ');
    String kind = space < 0 ? source : source.substring(0, space);
    String rest = space < 0 ? "" : source.substring(space + 1);
    String key = switch (kind) {
      case "typed", "api", "import", "upload" -> "grid.source_" + kind;
      default -> null;
    };
    String shown = key == null ? Html.escape(kind) : Layout.t(lang, key);
    return rest.isEmpty() ? shown : shown + " <span class=\"meta\">" + Html.escape(rest) + "</span>";
  }

  /**
   * Link to the value history for the indicator page: htmx replaces it with the table when the page loads;
   * without scripts it is a link to the history on a page of its own.
   */
  static String historyPlaceholder(Language lang, String id, String indicator) {
    String href = Html.escape("/scorecards/" + Html.url(id) + "/indicators/" + Html.url(indicator) + "/history?lang="
        + lang.code());
    return "<section class=\"panel\" id=\"value-history\" hx-get=\"" + href + "\" hx-trigger=\"load\" hx-swap=\"outerHTML\">"
        + "<h2>" + Layout.t(lang, "grid.history") + "</h2><p><a href=\"" + href + "\">" + Layout.t(lang, "grid.show_history")
        + "</a></p></section>";
  }

  // --- helpers

  private static String number(Language lang, Double v) {
    return v == null ? "—" : Html.escape(Numbers.format(lang, v, 10));
  }

  /** A value as JavaScript reads it back exactly. */
  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static JsonNode read(String json) {
    try {
      return JsonIn.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
