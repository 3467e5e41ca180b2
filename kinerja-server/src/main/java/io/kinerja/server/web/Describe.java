package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.model.Indicator;
import io.kinerja.core.model.Perspective;
import io.kinerja.core.model.Scorecard;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Upload;

/** A scorecard's definition as JSON: what it measures, how it scores, and which version this is. */
final class Describe {

  private Describe() {}

  static ObjectNode scorecard(Library.Row row, Library.Prepared prepared) {
    Scorecard sc = prepared.document().scorecard();
    ObjectNode out = Api.summary(row);
    out.put("shown_version", prepared.version()).put("file", prepared.fileName()).put("language", sc.language().code())
        .put("grain", sc.grain().key()).put("current", sc.current() == null ? null : sc.current().name())
        .put("method", sc.scoring().method().key());
    ArrayNode files = out.putArray("files");
    Upload.named(prepared.document()).keySet().forEach(files::add);
    ArrayNode records = out.putArray("record_measures");
    prepared.document().recordMeasures().keySet().stream().sorted().forEach(records::add);
    ArrayNode perspectives = out.putArray("perspectives");
    String period = sc.current() == null ? "" : sc.current().name();
    for (Perspective p : sc.perspectives()) {
      ObjectNode po = perspectives.addObject().put("id", p.id()).put("name", p.name()).put("weight", p.weight());
      ArrayNode objectives = po.putArray("objectives");
      for (io.kinerja.core.model.Objective o : p.objectives()) {
        ObjectNode oo = objectives.addObject().put("id", o.id()).put("name", o.name()).put("weight", o.weight());
        o.indicators().forEach(i -> oo.withArray("indicators").add(i.id()));
        ArrayNode causes = oo.putArray("causes");
        o.causes().forEach(causes::add);
      }
      ArrayNode indicators = po.putArray("indicators");
      for (Indicator i : p.allIndicators()) {
        indicators.addObject().put("id", i.id()).put("name", i.name()).put("formula", i.formulaText())
            .put("unit", i.unit()).put("target", i.target() == null ? null : i.target().text(period))
            .put("weight", i.weight());
      }
    }
    return out;
  }
}
