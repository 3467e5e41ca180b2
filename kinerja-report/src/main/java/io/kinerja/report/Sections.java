package io.kinerja.report;

import io.kinerja.core.evaluation.GroupResult;
import io.kinerja.core.evaluation.IndicatorResult;
import io.kinerja.core.evaluation.ScorecardResult;
import io.kinerja.core.explain.Explanation;
import io.kinerja.core.model.Method;
import io.kinerja.core.programme.Programme;
import io.kinerja.core.programme.WorkProgramme;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sections of a report's body, each written into a {@link Markup}: cover, overall result, charts,
 * one section per perspective, trends, segments, priorities, the balance criterion, questionnaires, the
 * work programme, notes and the appendix that explains every number.
 */
final class Sections {

  /** Segments shown side by side in one table. */
  static final int SEGMENT_COLUMNS = 4;

  private final Markup out;
  private final Words words;

  Sections(Markup out, Words words) {
    this.out = out;
    this.words = words;
  }

  /** Everything a report of one input shows, in reading order. */
  void all(ReportInput input) {
    ScorecardResult r = input.result();
    cover(r, input.dataDate(), input.hasSegments() ? null : segmentLabel(r), input.hasTrend() ? input.trend() : null);
    overall(r);
    charts(r);
    perspectives(r);
    if (input.hasTrend()) {
      trends(input.trend());
    }
    if (input.hasSegments()) {
      segments(input);
    }
    priorities(r);
    balance(r);
    weights(r);
    questionnaires(r);
    programmes(r);
    notes(r);
    appendix(r);
    footer(r);
  }

  void cover(ScorecardResult r, java.time.LocalDate dataDate, String segment, List<ScorecardResult> trend) {
    out.open("header", "class", "cover").element("p", words.label("title"), "class", "kicker");
    out.element("h1", r.scorecard().name());
    out.open("table", "class", "facts").open("tbody");
    fact(words.label("scorecard"), r.scorecard().id());
    fact(words.label("period"), trend == null ? r.span().name()
        : trend.get(0).span().name() + " – " + trend.get(trend.size() - 1).span().name());
    if (segment != null) {
      fact(words.label("segment"), segment);
    }
    fact(words.label("data_date"), words.date(dataDate));
    fact(words.label("method"), words.method(r.method()));
    out.close("tbody").close("table").close("header");
  }

  private void fact(String name, String value) {
    out.open("tr").element("th", name).element("td", value).close("tr");
  }

  static String segmentLabel(ScorecardResult r) {
    if (r.segment().isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    r.segment().forEach((k, v) -> parts.add(k + " = " + v));
    return String.join(", ", parts);
  }

  void overall(ScorecardResult r) {
    out.open("section", "class", "overall").element("h2", words.label("overall"));
    out.open("p", "class", "big").empty("span", "class", "dot", "style",
        "background:" + Lights.ofFinal(r, Charts.banded(r, r.overall())));
    out.text(words.label("final") + ": " + words.finalScore(r)).close("p");
    out.open("p").text(words.label("category") + ": ").element("strong", words.text(r.category())).close("p");
    out.element("p", words.aggregate(r.method(), r.overall()) + " · "
        + words.label("scored_of", r.overall().scored(), r.overall().total()), "class", "muted");
    out.element("h3", words.label("bands")).append(Charts.bandScale(r, words)).close("section");
  }

  void charts(ScorecardResult r) {
    out.open("section", "class", "charts").element("h2", words.label("perspective_chart"));
    out.append(Charts.perspectiveBars(r, words));
    out.element("h3", words.label("lights")).append(Charts.lights(r, words)).close("section");
  }

  void perspectives(ScorecardResult r) {
    for (GroupResult g : r.perspectives()) {
      perspective(r, g);
    }
  }

  private void perspective(ScorecardResult r, GroupResult g) {
    out.open("section", "class", "perspective").element("h2", g.name());
    String weight = g.weight() == null ? "" : " · " + words.label("weight") + " " + words.number(g.weight(), 4);
    out.open("p").empty("span", "class", "dot", "style", "background:" + Lights.ofFinal(r, Charts.banded(r, g.aggregate())))
        .text(words.label("final") + ": " + words.aggregate(r.method(), g.aggregate()) + " · " + words.label("category")
            + ": " + words.text(g.category()) + weight).close("p");
    out.open("div", "class", "scroll").open("table");
    header(words.label("indicator"), words.label("formula"), words.label("target"), "#" + words.label("actual"),
        "#" + words.label("score"), words.label("category"));
    out.open("tbody");
    for (IndicatorResult i : r.indicatorsOf(g.id())) {
      indicatorRow(r, i);
    }
    out.close("tbody").close("table").close("div").close("section");
  }

  private void indicatorRow(ScorecardResult r, IndicatorResult i) {
    out.open("tr").open("td").empty("span", "class", "dot", "style", "background:" + Lights.of(r, i))
        .text(i.indicator().name());
    if (i.overridden()) {
      out.text(" ").element("span", "✱", "class", "mark", "title", words.label("override_mark"));
    }
    out.close("td");
    out.element("td", i.indicator().formulaText(), "class", "formula");
    out.element("td", i.target() == null ? "—" : i.target().text());
    out.element("td", words.value(i), "class", "num");
    out.element("td", words.score(i.score()), "class", "num");
    out.element("td", words.text(i.category())).close("tr");
    String note = rowNote(i);
    if (note != null) {
      out.open("tr").element("td", note, "colspan", "6", "class", "override").close("tr");
    }
  }

  private String rowNote(IndicatorResult i) {
    if (i.overridden()) {
      String note = i.indicator().override().note();
      return "✱ " + words.label("override_mark") + " — " + words.label("override_note",
          note == null ? "—" : note, words.score(i.strictScore()));
    }
    if (i.score() == null && i.reason() != null) {
      return words.label("no_score_note", words.text(i.reason()));
    }
    return null;
  }

  /** A table head; a heading starting with '#' is a number column, aligned right. */
  private void header(String... headings) {
    out.open("thead").open("tr");
    for (String h : headings) {
      if (h.startsWith("#")) {
        out.element("th", h.substring(1), "class", "num");
      } else {
        out.element("th", h);
      }
    }
    out.close("tr").close("thead");
  }

  void trends(List<ScorecardResult> periods) {
    out.open("section", "class", "trend").element("h2", words.label("trend"));
    out.append(Charts.overallTrend(periods, words));
    out.open("div", "class", "trends");
    for (IndicatorResult i : periods.get(periods.size() - 1).indicators()) {
      out.append(Charts.trend(periods, i.id(), words));
    }
    out.close("div").close("section");
  }

  void segments(ReportInput input) {
    ScorecardResult whole = input.result();
    out.open("section", "class", "segments").element("h2", words.label("segments", input.dimension()));
    List<Charts.Bar> bars = new ArrayList<>();
    for (ScorecardResult s : input.segments()) {
      Double x = Charts.banded(s, s.overall());
      bars.add(new Charts.Bar(input.segmentName(s), x, x == null ? "—" : words.number(x, 2), Lights.ofFinal(s, x)));
    }
    Double x = Charts.banded(whole, whole.overall());
    bars.add(new Charts.Bar(words.label("whole_unit"), x, x == null ? "—" : words.number(x, 2), Lights.ofFinal(whole, x)));
    out.append(Charts.bars(bars, Charts.scale(whole), words.label("segments", input.dimension())));
    List<ScorecardResult> all = new ArrayList<>(input.segments());
    all.add(whole);
    for (int from = 0; from < all.size(); from += SEGMENT_COLUMNS) {
      segmentTable(input, all.subList(from, Math.min(all.size(), from + SEGMENT_COLUMNS)));
    }
    out.close("section");
  }

  /** At most {@link #SEGMENT_COLUMNS} segments side by side, so that the table fits an A4 page. */
  private void segmentTable(ReportInput input, List<ScorecardResult> columns) {
    ScorecardResult whole = input.result();
    out.open("div", "class", "scroll").open("table");
    List<String> headings = new ArrayList<>(List.of(words.label("indicator")));
    columns.forEach(s -> headings.add("#" + (s == whole ? words.label("whole_unit") : input.segmentName(s))));
    header(headings.toArray(String[]::new));
    out.open("tbody");
    for (IndicatorResult i : whole.indicators()) {
      out.open("tr").element("td", i.indicator().name());
      for (ScorecardResult s : columns) {
        segmentCell(s, s.indicator(i.id()).orElseThrow());
      }
      out.close("tr");
    }
    out.open("tr", "class", "total").element("td", words.label("final"));
    columns.forEach(s -> out.open("td", "class", "seg").text(words.finalScore(s)).empty("br").text(words.text(s.category()))
        .close("td"));
    out.close("tr").close("tbody").close("table").close("div");
  }

  private void segmentCell(ScorecardResult r, IndicatorResult i) {
    out.open("td", "class", "seg").empty("span", "class", "dot", "style", "background:" + Lights.of(r, i))
        .text(words.value(i)).empty("br").element("span", words.label("score") + " " + words.score(i.score()), "class", "muted")
        .close("td");
  }

  void priorities(ScorecardResult r) {
    List<Priorities.Priority> list = Priorities.of(r);
    out.open("section", "class", "priorities").element("h2", words.label("priorities"));
    if (list.isEmpty()) {
      out.element("p", words.label("priorities_none")).close("section");
      return;
    }
    boolean mulyadi = r.method() == Method.MULYADI;
    out.element("p", mulyadi ? words.label("priorities_mulyadi")
        : words.label("priorities_weighted", words.number(Priorities.top(r), 0)), "class", "muted");
    out.open("table");
    header("#" + words.label("rank"), words.label("indicator"), "#" + words.label("actual"), words.label("target"),
        "#" + words.label("score"), "#" + (mulyadi ? words.label("category") : words.label("gap")));
    out.open("tbody");
    int rank = 1;
    for (Priorities.Priority p : list) {
      IndicatorResult i = p.indicator();
      out.open("tr").element("td", Integer.toString(rank++), "class", "num").element("td", i.indicator().name())
          .element("td", words.value(i), "class", "num").element("td", i.target() == null ? "—" : i.target().text())
          .element("td", words.score(i.score()), "class", "num")
          .element("td", mulyadi ? words.text(i.category()) : words.number(p.gap(), 2), "class", "num").close("tr");
    }
    out.close("tbody").close("table").close("section");
  }

  void balance(ScorecardResult r) {
    if (r.method() != Method.MULYADI) {
      return;
    }
    out.open("section", "class", "balance").element("h2", words.label("balance"));
    out.element("p", words.label("balance_intro"), "class", "muted").open("table");
    header(words.label("balance.perspective"), "#" + words.label("balance.indicators"),
        "#" + words.label("balance.criterion"), "#" + words.label("balance.total"), "#" + words.label("balance.final"),
        words.label("category"));
    out.open("tbody");
    for (GroupResult g : r.perspectives()) {
      balanceRow(g.name(), g.aggregate(), words.text(g.category()), null);
    }
    balanceRow(words.label("overall"), r.overall(), words.text(r.category()), "total");
    out.close("tbody").close("table").close("section");
  }

  private void balanceRow(String name, io.kinerja.core.scoring.Aggregate a, String category, String cssClass) {
    out.open("tr", "class", cssClass).element("td", name).element("td", Integer.toString(a.total()), "class", "num")
        .element("td", words.number(a.max(), 0), "class", "num").element("td", words.number(a.score(), 4), "class", "num")
        .element("td", a.fin() == null ? "—" : words.number(a.fin(), 4), "class", "num").element("td", category)
        .close("tr");
  }

  /** The AHP results the scorecard's weights came from: each scope's weights, λmax, CI, CR and verdict. */
  void weights(ScorecardResult r) {
    Map<String, io.kinerja.core.weighting.AhpResult> ahp = r.scorecard().ahp();
    if (ahp.isEmpty()) {
      return;
    }
    out.open("section", "class", "ahp").element("h2", words.label("ahp"));
    for (Map.Entry<String, io.kinerja.core.weighting.AhpResult> e : ahp.entrySet()) {
      io.kinerja.core.weighting.AhpResult a = e.getValue();
      String scope = e.getKey().equals(io.kinerja.core.model.Scorecard.PERSPECTIVES) ? words.label("ahp.perspectives")
          : words.label("ahp.indicators_of", e.getKey());
      out.element("p", words.label("ahp.summary", scope, a.method().code(), words.number(a.lambdaMax(), 4),
          words.number(a.ci(), 4), words.number(a.cr(), 4),
          words.label(a.consistent() ? "ahp.consistent" : "ahp.inconsistent")));
      out.open("table");
      header(words.label("ahp.element"), "#" + words.label("ahp.weight"));
      out.open("tbody");
      for (Map.Entry<String, Double> w : a.weights().entrySet()) {
        out.open("tr").element("td", w.getKey()).element("td", words.number(w.getValue() * 100, 2) + " %", "class", "num")
            .close("tr");
      }
      out.close("tbody").close("table");
    }
    out.close("section");
  }

  void questionnaires(ScorecardResult r) {
    if (r.questionnaires().isEmpty()) {
      return;
    }
    out.open("section", "class", "likert").element("h2", words.label("likert"));
    for (Map.Entry<String, Likert> e : r.questionnaires().entrySet()) {
      likert(e.getValue());
    }
    out.close("section");
  }

  private void likert(Likert l) {
    out.element("p", words.label("likert.summary", l.questionnaire(), l.respondents(), l.questions(),
        words.number(l.scaleMin(), 2), words.number(l.scaleMax(), 2), words.number(l.total(), 2),
        words.number(l.mean(), 4), words.number(l.index(), 2)));
    out.element("p", Messages.render(words.language(), io.kinerja.core.text.Message.of("explain.likert",
        words.number(l.ikMin(), 2), words.number(l.ikMax(), 2), words.number(l.interval(), 4),
        words.number(l.total(), 2), l.className(words.language()))), "class", "muted");
    out.open("table");
    header(words.label("likert.class"), "#" + words.label("likert.from"), "#" + words.label("likert.to"), "");
    out.open("tbody");
    List<String> scale = Likert.scale(words.language());
    for (int k = 0; k < Likert.CLASSES; k++) {
      boolean reached = k == l.classIndex();
      out.open("tr", "class", reached ? "reached" : null).element("td", scale.get(k))
          .element("td", words.number(l.classFrom(k), 2), "class", "num")
          .element("td", words.number(k == Likert.CLASSES - 1 ? l.ikMax() : l.classFrom(k + 1), 2), "class", "num")
          .element("td", reached ? "◀ " + words.label("likert.reached") + " (" + words.number(l.total(), 2) + ")" : "")
          .close("tr");
    }
    out.close("tbody").close("table");
  }

  void programmes(ScorecardResult r) {
    if (r.programmes().isEmpty()) {
      return;
    }
    out.open("section", "class", "programmes").element("h2", words.label("programmes")).open("div", "class", "scroll")
        .open("table");
    header(words.label("programme.category"), words.label("programme.name"), "#" + words.label("programme.target"),
        "#" + words.label("programme.achieved"), "#" + words.label("programme.completion"));
    out.open("tbody");
    for (WorkProgramme.Completion c : r.programmes()) {
      for (Programme p : c.programmes()) {
        out.open("tr").element("td", c.category()).element("td", p.name())
            .element("td", words.number(p.target(), 2) + " " + per(p.targetPer().key()), "class", "num")
            .element("td", words.number(p.achieved(), 2) + " " + per(p.achievedPer().key()), "class", "num")
            .element("td", words.number(p.completion() * 100, 2) + " %", "class", "num").close("tr");
      }
      out.open("tr", "class", "total").element("td", c.category()).element("td", "")
          .element("td", "").element("td", "")
          .element("td", c.percent() == null ? "—" : words.number(c.percent(), 2) + " %", "class", "num").close("tr");
    }
    out.close("tbody").close("table").close("div").close("section");
  }

  private String per(String key) {
    return Messages.text(words.language(), "per." + key);
  }

  void notes(ScorecardResult r) {
    if (r.warnings().isEmpty()) {
      return;
    }
    out.open("section", "class", "notes").element("h2", words.label("notes")).open("ul");
    r.warnings().forEach(w -> out.element("li", w.describe(words.language())));
    out.close("ul").close("section");
  }

  void appendix(ScorecardResult r) {
    out.open("section", "class", "appendix").element("h2", words.label("appendix"));
    for (IndicatorResult i : r.indicators()) {
      out.element("pre", Explanation.text(r, i, words.language()));
    }
    out.close("section");
  }

  void footer(ScorecardResult r) {
    String file = r.scorecard().file() == null ? r.scorecard().id() : java.nio.file.Path.of(r.scorecard().file())
        .getFileName().toString();
    out.element("footer", words.label("made_by", file));
  }
}
