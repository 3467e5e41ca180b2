package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problem;
import io.kinerja.core.text.Language;
import io.kinerja.server.values.Values;

/**
 * An import's preview as JSON: {@code ok}, the figures the file holds, how many would change, and each
 * problem with its row and column (or field) and the message in the caller's language.
 */
final class Previews {

  private Previews() {}

  static ObjectNode json(String file, Values.Preview preview, Language lang) {
    ObjectNode out = JsonIn.MAPPER.createObjectNode().put("file", file).put("dry_run", true)
        .put("ok", preview.problems().isEmpty()).put("figures", preview.figures()).put("changed", preview.changed());
    ArrayNode problems = out.putArray("problems");
    for (Problem p : preview.problems()) {
      Location at = p.location();
      ObjectNode o = problems.addObject();
      if (at.line() > 0) {
        o.put("row", at.line());
      } else {
        o.putNull("row");
      }
      o.put("column", at.field()).put("where", at.toString()).put("message", p.message().in(lang));
    }
    return out;
  }
}
