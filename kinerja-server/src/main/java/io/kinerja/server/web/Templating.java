package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.text.Language;
import io.kinerja.data.template.Templates;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.scorecards.FromTemplate;
import io.kinerja.server.scorecards.Upload;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The templates of the catalogue ({@code GET /api/v1/templates}) and a scorecard made from one: {@code
 * POST /api/v1/units/{unit}/scorecards} with {@code {"template", "id", "name"}} as JSON, beside the YAML,
 * zip and multipart uploads of the same route.
 */
final class Templating {

  private static final int LONGEST_NAME = 200;

  private final Services s;
  private final Callers callers;

  Templating(Services services, Callers callers) {
    this.s = services;
    this.callers = callers;
  }

  void register(Routes r) {
    r.get(Api.V1 + "/templates", this::templates);
  }

  /** Every template, for anyone signed in: they are the same ones {@code kinerja init} offers. */
  private void templates(Context ctx) {
    callers.require(ctx);
    ArrayNode out = JsonIn.MAPPER.createArrayNode();
    for (Templates.Template t : Templates.all()) {
      ObjectNode o = out.addObject().put("id", t.id());
      ObjectNode names = o.putObject("name");
      ObjectNode descriptions = o.putObject("description");
      for (Language l : Language.values()) {
        names.put(l.code(), t.name(l));
        descriptions.put(l.code(), t.description(l));
      }
    }
    ctx.json(out);
  }

  static boolean isJson(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  /** A template's upload and the template's id. */
  record FromJson(String template, Upload upload) {}

  /** The JSON body read as a template's upload, once the caller is known to be an editor of the unit. */
  FromJson upload(Context ctx, User caller, String unit) {
    s.store().read(c -> {
      Access.require(c, caller, unit, Role.EDITOR); // refused before the body is read
      return null;
    });
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "template", "id", "name");
    String template = in.text("template", true);
    String id = in.text("id", false);
    String name = in.text("name", false);
    check(template, id, name, problems);
    JsonIn.throwIfErrors(problems);
    return made(template, id, name);
  }

  /** The rules for a template's id and name, also used by the pages' forms (fields at the top level). */
  static void check(String template, String id, String name, Problems problems) {
    if (id != null && !FromTemplate.ID.matcher(id).matches()) {
      problems.error(Location.field("id"), "server.bad_scorecard_id", id);
    }
    if (name != null && (name.isBlank() || name.length() > LONGEST_NAME || name.chars().anyMatch(Character::isISOControl))) {
      problems.error(Location.field("name"), "server.bad_scorecard_name", LONGEST_NAME);
    }
    if (template != null && Templates.byId(template).isEmpty()) {
      problems.error(Location.field("template"), "server.unknown_template", template,
          Templates.all().stream().map(Templates.Template::id).collect(Collectors.joining(", ")));
    }
  }

  /** The upload of a checked template. */
  static FromJson made(String template, String id, String name) {
    Templates.Template found = Templates.byId(template).orElseThrow();
    return new FromJson(found.id(), FromTemplate.upload(found, id, name == null ? null : name.strip()));
  }
}
