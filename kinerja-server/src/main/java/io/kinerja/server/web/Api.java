package io.kinerja.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.data.csv.NumberStyle;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Tokens;
import io.kinerja.server.auth.User;

import io.kinerja.server.error.Refused;
import io.kinerja.server.results.Results;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.units.Units;
import io.kinerja.server.values.Entry;
import io.kinerja.server.values.Figures;
import io.kinerja.server.values.Values;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The REST API under {@code /api/v1} (DESIGN §9); each handler reads the request, calls a service, answers. */
final class Api {

  static final String V1 = "/api/v1";

  private final Services s;
  private final Callers callers;
  private final Templating templating;

  Api(Services services, Callers callers) {
    this.s = services;
    this.callers = callers;
    this.templating = new Templating(services, callers);
  }

  void register(Routes r) {
    r.post(V1 + "/tokens", this::issueToken);
    r.get(V1 + "/tokens", this::tokens);
    r.delete(V1 + "/tokens/{token}", this::revokeToken);
    r.get(V1 + "/me", this::me);
    r.put(V1 + "/me/password", this::changePassword);
    r.get(V1 + "/users", this::users);
    r.post(V1 + "/users", this::createUser);
    r.get(V1 + "/units", this::units);
    r.post(V1 + "/units", this::createUnit);
    r.get(V1 + "/units/{unit}", this::unit);
    r.get(V1 + "/units/{unit}/grants", this::grants);
    r.put(V1 + "/units/{unit}/grants/{username}", this::grant);
    r.delete(V1 + "/units/{unit}/grants/{username}", this::revokeGrant);
    r.post(V1 + "/units/{unit}/scorecards", this::createScorecard);
    r.get(V1 + "/scorecards", this::scorecards);
    r.get(V1 + "/scorecards/{id}", this::scorecard);
    r.put(V1 + "/scorecards/{id}", this::updateScorecard);
    r.get(V1 + "/scorecards/{id}/versions", this::versions);
    r.get(V1 + "/scorecards/{id}/values", this::values);
    r.put(V1 + "/scorecards/{id}/values", this::putValues);
    r.get(V1 + "/scorecards/{id}/values/history", this::history);
    r.post(V1 + "/scorecards/{id}/imports", this::importFile);
    r.get(V1 + "/scorecards/{id}/results", this::results);
    r.get(V1 + "/scorecards/{id}/explain/{indicator}", this::explain);
    r.get(V1 + "/audit", this::audit);
  }

  // --- tokens and users

  private void issueToken(Context ctx) {
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "username", "password");
    String username = in.text("username", true);
    String password = in.text("password", true);
    JsonIn.throwIfErrors(problems);
    User user = s.users().login(username, password, ctx.ip());
    Tokens.Issued issued = s.tokens().issue(user);
    ctx.status(201).json(object().put("token", issued.token()).put("id", issued.id()));
  }

  private void tokens(Context ctx) {
    User caller = callers.require(ctx);
    ArrayNode out = array();
    for (Tokens.Info t : s.tokens().list(caller)) {
      ObjectNode o = out.addObject().put("id", t.id()).put("username", t.username()).put("created_at", time(t.createdAt()));
      o.put("revoked_at", t.revokedAt() == null ? null : time(t.revokedAt()));
    }
    ctx.json(out);
  }

  private void revokeToken(Context ctx) {
    s.tokens().revoke(callers.require(ctx), ctx.pathParam("token"));
    ctx.status(204);
  }

  private void me(Context ctx) {
    User caller = callers.require(ctx);
    ObjectNode out = object().put("username", caller.username()).put("admin", caller.admin());
    ArrayNode grants = out.putArray("grants");
    s.access().grantsOf(caller).forEach(g -> grants.addObject().put("unit", g.unit()).put("role", g.role().key()));
    ctx.json(out);
  }

  private void changePassword(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "old_password", "password");
    String old = in.text("old_password", true);
    String password = in.text("password", true);
    JsonIn.throwIfErrors(problems);
    s.users().changePassword(caller, old, password, ctx.ip());
    ctx.status(204);
  }

  private void users(Context ctx) {
    ArrayNode out = array();
    s.users().list(callers.require(ctx)).forEach(u -> out.addObject().put("username", u.username()).put("admin", u.admin()));
    ctx.json(out);
  }

  private void createUser(Context ctx) {
    User caller = callers.require(ctx);
    if (!caller.admin()) {
      throw Refused.forbidden();
    }
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "username", "password", "admin");
    String username = in.text("username", true);
    String password = in.text("password", true);
    boolean admin = in.bool("admin");
    JsonIn.throwIfErrors(problems);
    User made = s.users().create(caller, username, password, admin);
    ctx.status(201).json(object().put("username", made.username()).put("admin", made.admin()));
  }

  // --- units and grants

  private void units(Context ctx) {
    ArrayNode out = array();
    s.units().list(callers.require(ctx)).forEach(u -> out.add(unit(u)));
    ctx.json(out);
  }

  private void createUnit(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "id", "name", "kind", "parent");
    String id = in.text("id", true);
    String name = in.text("name", true);
    String kind = in.text("kind", true);
    String parent = in.text("parent", false);
    Units.check(id, name, kind, problems);
    JsonIn.throwIfErrors(problems);
    ctx.status(201).json(unit(s.units().create(caller, id, name, kind, parent)));
  }

  private void unit(Context ctx) {
    ctx.json(unit(s.units().get(callers.require(ctx), ctx.pathParam("unit"))));
  }

  private void grants(Context ctx) {
    ArrayNode out = array();
    s.access().grants(callers.require(ctx), ctx.pathParam("unit")).forEach(g -> out.add(grant(g)));
    ctx.json(out);
  }

  private void grant(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "role");
    String role = in.text("role", true);
    JsonIn.throwIfErrors(problems);
    Role r = Role.byKey(role).orElseThrow(() -> InvalidInputException.of(Location.field("role"), "server.bad_role", role,
        "viewer, contributor, editor, admin"));
    ctx.json(grant(s.access().grant(caller, ctx.pathParam("unit"), ctx.pathParam("username"), r)));
  }

  private void revokeGrant(Context ctx) {
    s.access().revoke(callers.require(ctx), ctx.pathParam("unit"), ctx.pathParam("username"));
    ctx.status(204);
  }

  // --- scorecards

  private void scorecards(Context ctx) {
    ArrayNode out = array();
    s.scorecards().list(callers.require(ctx)).forEach(r -> out.add(summary(r)));
    ctx.json(out);
  }

  /** The YAML, a zip or a multipart form; or, as JSON, a template of the catalogue ({@link Templating}). */
  private void createScorecard(Context ctx) {
    User caller = callers.require(ctx);
    String unit = ctx.pathParam("unit");
    Library.Row row;
    if (Templating.isJson(ctx)) {
      Templating.FromJson asked = templating.upload(ctx, caller, unit);
      row = s.scorecards().create(caller, unit, asked.upload(), "template " + asked.template());
    } else {
      row = s.scorecards().create(caller, unit, Uploads.of(ctx));
    }
    ctx.status(201).header("Location", V1 + "/scorecards/" + row.id()).json(summary(row));
  }

  private void updateScorecard(Context ctx) {
    User caller = callers.require(ctx);
    ctx.json(summary(s.scorecards().update(caller, ctx.pathParam("id"), Uploads.of(ctx))));
  }

  /** JSON, or the YAML exactly as uploaded when the caller accepts YAML; {@code ?version=N} for an older one. */
  private void scorecard(Context ctx) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    Integer version = intParam(ctx, "version");
    Library.Row row = s.scorecards().get(caller, id, Role.VIEWER);
    Library.Prepared prepared = s.scorecards().version(caller, id, version);
    if (Uploads.wantsYaml(ctx.header("Accept"))) {
      ctx.contentType("application/yaml; charset=utf-8").header("Content-Disposition",
          "attachment; filename=\"" + prepared.fileName() + "\"").result(prepared.yaml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    ctx.json(Describe.scorecard(row, prepared));
  }

  private void versions(Context ctx) {
    ArrayNode out = array();
    s.scorecards().versions(callers.require(ctx), ctx.pathParam("id")).forEach(v -> out.addObject()
        .put("version", v.version()).put("file", v.fileName()).put("created_by", v.createdBy())
        .put("created_at", time(v.createdAt())));
    ctx.json(out);
  }

  // --- figures

  private void values(Context ctx) {
    User caller = callers.require(ctx);
    Period period = periodParam(ctx);
    ArrayNode out = array();
    for (Figures.Stored f : s.values().list(caller, ctx.pathParam("id"), period)) {
      ObjectNode o = out.addObject().put("period", f.period()).put("measure", f.measure());
      segment(o, f.segment());
      o.put("value", f.value()).put("note", f.note()).put("updated_by", f.updatedBy()).put("updated_at", time(f.updatedAt()));
    }
    ctx.json(out);
  }

  private void putValues(Context ctx) {
    User caller = callers.require(ctx);
    JsonNode body = JsonIn.body(ctx);
    Problems problems = new Problems();
    List<Entry> entries = new ArrayList<>();
    List<JsonNode> elements = JsonIn.array(body, problems);
    for (int i = 0; i < elements.size(); i++) {
      entry(elements.get(i), "[" + i + "]", problems, entries);
    }
    JsonIn.throwIfErrors(problems);
    // A page (signed in with the session, not a token) is a person typing into the grid.
    String source = ctx.header("Authorization") == null ? "typed" : "api";
    Values.Written written = s.values().put(caller, ctx.pathParam("id"), entries, source);
    ctx.json(object().put("figures", entries.size()).put("changed", written.changed()).put("data_version",
        written.dataVersion()));
  }

  private static void entry(JsonNode node, String path, Problems problems, List<Entry> entries) {
    JsonIn in = JsonIn.object(node, path, problems, "period", "measure", "value", "note", "segment");
    String periodText = in.text("period", true);
    String measure = in.text("measure", true);
    if (!in.has("value")) {
      problems.error(in.at("value"), "server.field_required", "value");
    }
    Double value = in.number("value", false);
    String note = in.text("note", false);
    Map<String, String> segment = in.texts("segment");
    Period period = null;
    if (periodText != null) {
      period = Period.parse(periodText.strip()).orElse(null);
      if (period == null) {
        problems.error(in.at("period"), "csv.bad_period", periodText);
      }
    }
    if (period != null && measure != null) {
      entries.add(new Entry(period, measure, segment, value, note, Location.field(path)));
    }
  }

  private void history(Context ctx) {
    User caller = callers.require(ctx);
    ArrayNode out = array();
    for (Figures.Change c : s.values().history(caller, ctx.pathParam("id"), ctx.queryParam("measure"), periodParam(ctx))) {
      ObjectNode o = out.addObject().put("period", c.period()).put("measure", c.measure());
      segment(o, c.segment());
      o.put("old", c.oldValue()).put("new", c.newValue()).put("note", c.note()).put("source", c.source())
          .put("changed_by", c.changedBy()).put("changed_at", time(c.changedAt()));
    }
    ctx.json(out);
  }

  /**
   * A CSV or XLSX file in the multipart field {@code file}; {@code ?numbers=id} for 1.234,5. With
   * {@code ?dry_run=true} nothing is written: the answer is the preview (the figures, how many would
   * change, and every problem with its row and column).
   */
  private void importFile(Context ctx) {
    User caller = callers.require(ctx);
    String id = ctx.pathParam("id");
    s.scorecards().get(caller, id, Role.CONTRIBUTOR); // refused before the upload is read
    if (!ctx.isMultipartFormData()) {
      throw Refused.of(Refused.Reason.UNSUPPORTED_MEDIA_TYPE, "server.expected_media_type", "multipart/form-data",
          String.valueOf(ctx.contentType()));
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw InvalidInputException.of(Location.field("file"), "server.field_required", "file");
    }
    NumberStyle numbers = numbers(ctx.queryParam("numbers"));
    if (dryRun(ctx.queryParam("dry_run"))) {
      ctx.json(Previews.json(file.filename(), s.values().preview(caller, id, file.filename(), bytes(file), numbers),
          Languages.forMessages(ctx)));
      return;
    }
    Values.Written written = s.values().importFile(caller, id, file.filename(), bytes(file), numbers);
    ctx.json(object().put("file", file.filename()).put("changed", written.changed()).put("data_version",
        written.dataVersion()));
  }

  // --- results

  private void results(Context ctx) {
    User caller = callers.require(ctx);
    Results.Answer answer = s.results().results(caller, ctx.pathParam("id"), ctx.queryParam("period"),
        ctx.queryParam("by"), Languages.asked(ctx));
    answer(ctx, answer);
  }

  private void explain(Context ctx) {
    User caller = callers.require(ctx);
    answer(ctx, s.results().explain(caller, ctx.pathParam("id"), ctx.pathParam("indicator"), ctx.queryParam("period"),
        Languages.asked(ctx)));
  }

  /** Says which versions of definition and data an answer comes from; an unchanged one is a 304. */
  private static void answer(Context ctx, Results.Answer answer) {
    String etag = answer.etag();
    ctx.header("ETag", etag).header("X-Kinerja-Version", String.valueOf(answer.version()))
        .header("X-Kinerja-Data-Version", String.valueOf(answer.dataVersion()));
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType("application/json; charset=utf-8");
    // Written straight out (compressed by Javalin's stream when the client asks for it): ctx.result would
    // copy the bytes through a fresh 32 KiB buffer on every request, most of a cached answer's cost.
    try {
      ctx.outputStream().write(answer.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // --- audit

  /** The audit log, newest first: everything for an organisation admin, their units' for a unit admin. */
  private void audit(Context ctx) {
    User caller = callers.require(ctx);
    Integer limit = intParam(ctx, "limit");
    Integer before = intParam(ctx, "before");
    int n = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
    List<Audit.Entry> entries = s.store().read(c -> {
      Set<String> units = caller.admin() ? null : adminUnits(c, caller);
      if (units != null && units.isEmpty()) {
        throw Refused.forbidden();
      }
      return Audit.list(c, units, before == null ? null : before.longValue(), n);
    });
    ArrayNode out = array();
    entries.forEach(e -> out.addObject().put("id", e.id()).put("at", time(e.at())).put("username", e.username())
        .put("action", e.action()).put("unit", e.unit()).put("target", e.target()).put("detail", e.detail()));
    ctx.json(out);
  }

  static Set<String> adminUnits(java.sql.Connection c, User caller) throws java.sql.SQLException {
    Set<String> units = new java.util.HashSet<>();
    for (String unit : Access.visibleUnits(c, caller)) {
      if (Access.role(c, caller, unit).map(r -> r.allows(Role.ADMIN)).orElse(false)) {
        units.add(unit);
      }
    }
    return units;
  }

  // --- small helpers

  private static ObjectNode object() {
    return JsonIn.MAPPER.createObjectNode();
  }

  private static ArrayNode array() {
    return JsonIn.MAPPER.createArrayNode();
  }

  private static String time(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }

  private static ObjectNode unit(Units.Unit u) {
    return object().put("id", u.id()).put("parent", u.parent()).put("kind", u.kind().key()).put("name", u.name());
  }

  private static ObjectNode grant(Access.Grant g) {
    return object().put("username", g.username()).put("unit", g.unit()).put("role", g.role().key());
  }

  static ObjectNode summary(Library.Row r) {
    return object().put("id", r.id()).put("unit", r.unit()).put("name", r.name()).put("version", r.version())
        .put("data_version", r.dataVersion());
  }

  private static void segment(ObjectNode o, Map<String, String> segment) {
    if (!segment.isEmpty()) {
      ObjectNode seg = o.putObject("segment");
      segment.forEach(seg::put);
    }
  }

  private static Period periodParam(Context ctx) {
    String text = ctx.queryParam("period");
    if (text == null || text.isBlank()) {
      return null;
    }
    return Period.parse(text.strip()).orElseThrow(() -> InvalidInputException.of(Location.field("period"),
        "cli.bad_period", text));
  }

  private static Integer intParam(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Location.field(name), "server.not_whole_number", text);
    }
  }

  private static boolean dryRun(String text) {
    if (text == null || text.isBlank() || text.strip().equals("false")) {
      return false;
    }
    if (text.strip().equals("true")) {
      return true;
    }
    throw InvalidInputException.of(Location.field("dry_run"), "grid.bad_dry_run", text);
  }

  private static NumberStyle numbers(String name) {
    if (name == null || name.isBlank()) {
      return NumberStyle.PLAIN;
    }
    NumberStyle style = NumberStyle.byName(name.strip());
    if (style == null) {
      throw InvalidInputException.of(Location.field("numbers"), "server.bad_numbers", name);
    }
    return style;
  }

  static byte[] bytes(UploadedFile file) {
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
