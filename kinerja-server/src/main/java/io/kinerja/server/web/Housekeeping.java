package io.kinerja.server.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinerja.core.problem.Problems;
import io.kinerja.server.auth.User;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.units.UnitChanges;
import io.kinerja.server.units.Units;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * Renaming, moving and deleting units and scorecards. A delete archives (see {@link UnitChanges} and
 * {@code Scorecards.archive}): nothing of the history is destroyed, and a unit with live units or
 * scorecards below it is refused with 409.
 */
final class Housekeeping {

  private final Services s;
  private final Callers callers;
  private final UnitChanges units;

  Housekeeping(Services services, Callers callers) {
    this.s = services;
    this.callers = callers;
    this.units = new UnitChanges(services.store(), Clock.systemUTC());
  }

  void register(Routes r) {
    r.patch(Api.V1 + "/units/{unit}", this::changeUnit);
    r.delete(Api.V1 + "/units/{unit}", this::deleteUnit);
    r.patch(Api.V1 + "/scorecards/{id}", this::renameScorecard);
    r.delete(Api.V1 + "/scorecards/{id}", this::deleteScorecard);
  }

  /** {@code {"name"}} renames, {@code {"parent"}} moves (null: to the top); either or both. */
  private void changeUnit(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "name", "parent");
    String name = in.text("name", false);
    boolean move = in.has("parent");
    String parent = in.text("parent", false);
    JsonIn.throwIfErrors(problems);
    Units.Unit u = units.change(caller, ctx.pathParam("unit"), new UnitChanges.Change(name, move, parent));
    ctx.json(JsonIn.MAPPER.createObjectNode().put("id", u.id()).put("parent", u.parent()).put("kind", u.kind().key())
        .put("name", u.name()));
  }

  private void deleteUnit(Context ctx) {
    units.archive(callers.require(ctx), ctx.pathParam("unit"));
    ctx.status(204);
  }

  /** {@code {"name"}}: a new version of the scorecard's file with that name. */
  private void renameScorecard(Context ctx) {
    User caller = callers.require(ctx);
    Problems problems = new Problems();
    JsonIn in = JsonIn.object(JsonIn.body(ctx), problems, "name");
    String name = in.text("name", true);
    if (name != null && (name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl))) {
      problems.error(in.at("name"), "server.bad_scorecard_name", 200);
    }
    JsonIn.throwIfErrors(problems);
    Library.Row row = s.scorecards().rename(caller, ctx.pathParam("id"), name.strip());
    ObjectNode out = Api.summary(row);
    ctx.json(out);
  }

  private void deleteScorecard(Context ctx) {
    s.scorecards().archive(callers.require(ctx), ctx.pathParam("id"));
    ctx.status(204);
  }
}
