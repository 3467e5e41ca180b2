package io.kinerja.server.questionnaires;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinerja.core.measure.Origin;
import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import io.kinerja.core.survey.Answers;
import io.kinerja.core.survey.Likert;
import io.kinerja.core.survey.Surveys;
import io.kinerja.data.yaml.DataFile;
import io.kinerja.data.yaml.ScorecardReader;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.Secrets;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.scorecards.Library;
import io.kinerja.server.scorecards.Scorecards;
import io.kinerja.server.store.Sql;
import io.kinerja.server.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Likert questionnaires answered through links (DESIGN §5.7). An editor publishes one for a survey of a
 * scorecard and a period, and hands out links; each link's token is random, shown once, stored only as its
 * hash, and answers exactly once. The responses count as that survey's answers for the period, beside those
 * of the scorecard's survey file, so the dashboard's likert_* indicators move as answers come in.
 */
public final class Questionnaires {

  /** A questionnaire as stored. */
  public record Questionnaire(String id, String scorecard, String survey, String period, String title,
      List<String> questions, int scaleMin, int scaleMax, String createdBy, long createdAt, Long closedAt) {
    public boolean open() {
      return closedAt == null;
    }
  }

  /** A link: its id (not the token), and whether it was revoked or answered. */
  public record Link(String id, long createdAt, Long revokedAt, Long answeredAt) {}

  /** A link just made: the token itself, which is not kept. */
  public record Issued(String id, String token) {}

  /** Per question: the answers' total and how many gave each point of the scale. */
  public record Item(String question, double total, long[] counts) {}

  /** The responses so far: per-item totals and, with any response, the Likert result (total, mean, index, class). */
  public record Tally(Questionnaire questionnaire, int responses, List<Item> items, Likert likert, List<Link> links) {}

  /** The longest question, title and number of questions and links accepted. */
  public static final int LONGEST_TEXT = 500;
  public static final int MOST_QUESTIONS = 100;
  public static final int MOST_LINKS = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Clock clock;
  private final Scorecards scorecards;

  public Questionnaires(Store store, Clock clock, Scorecards scorecards) {
    this.store = store;
    this.clock = clock;
    this.scorecards = scorecards;
  }

  /**
   * Publishes a questionnaire. The scale, when not given, is the survey's own: the scale declared for the
   * scorecard's survey file, or that of the survey's rows in it; a scale given must agree with those rows.
   * The questions, when not given, are numbered as many as the survey's rows have.
   */
  public Questionnaire create(User caller, String scorecard, String survey, String periodText, String title,
      List<String> questions, Integer scaleMin, Integer scaleMax) {
    Library.Prepared prepared = scorecards.version(caller, scorecard, null);
    scorecards.get(caller, scorecard, Role.EDITOR);
    Problems problems = new Problems();
    if (survey != null && !ScorecardReader.isName(survey)) {
      problems.error(Location.field("survey"), "csv.bad_measure_name", survey);
    }
    Period period = null;
    if (periodText != null) {
      period = Period.parse(periodText.strip()).orElse(null);
      if (period == null) {
        problems.error(Location.field("period"), "csv.bad_period", periodText);
      }
    }
    List<Answers> rows = survey == null ? List.of() : prepared.loaded().data().surveys().all().stream()
        .filter(a -> a.questionnaire().equals(survey)).toList();
    DataFile declared = prepared.document().surveys();
    Integer min = scaleMin != null ? scaleMin : declared != null && declared.scaleMin() != null
        ? Integer.valueOf(declared.scaleMin().intValue()) : rows.isEmpty() ? null : Integer.valueOf((int) rows.get(0).scaleMin());
    Integer max = scaleMax != null ? scaleMax : declared != null && declared.scaleMax() != null
        ? Integer.valueOf(declared.scaleMax().intValue()) : rows.isEmpty() ? null : Integer.valueOf((int) rows.get(0).scaleMax());
    if (min == null) {
      problems.error(Location.field("scale_min"), "server.field_required", "scale_min");
    }
    if (max == null) {
      problems.error(Location.field("scale_max"), "server.field_required", "scale_max");
    }
    if (min != null && max != null) {
      if (min >= max || max - min > 10 || min < 0) {
        problems.error(Location.field("scale_max"), "questionnaire.bad_scale", min, max);
      }
      for (Answers a : rows) {
        if (a.scaleMin() != min || a.scaleMax() != max) {
          problems.error(Location.field("scale_min"), "questionnaire.scale_differs", survey, (int) a.scaleMin(),
              (int) a.scaleMax(), min, max);
          break;
        }
      }
    }
    List<String> items = questions;
    if (items == null && !rows.isEmpty()) {
      items = new ArrayList<>();
      for (int k = 1; k <= rows.get(0).questions(); k++) {
        items.add("#" + k);
      }
    }
    if (items == null) {
      problems.error(Location.field("questions"), "server.field_required", "questions");
    } else {
      if (items.isEmpty() || items.size() > MOST_QUESTIONS) {
        problems.error(Location.field("questions"), "questionnaire.question_count", MOST_QUESTIONS, items.size());
      }
      for (int k = 0; k < items.size(); k++) {
        String q = items.get(k);
        if (q == null || q.isBlank() || q.length() > LONGEST_TEXT) {
          problems.error(Location.field("questions[" + k + "]"), "questionnaire.bad_text", LONGEST_TEXT);
        }
      }
    }
    if (title != null && (title.isBlank() || title.length() > LONGEST_TEXT)) {
      problems.error(Location.field("title"), "questionnaire.bad_text", LONGEST_TEXT);
    }
    problems.throwIfErrors();
    String chosenTitle = title == null ? survey : title.strip();
    List<String> chosen = items.stream().map(String::strip).toList();
    String periodName = period.name();
    return store.write(c -> {
      Library.Row row = Scorecards.allowed(c, caller, scorecard, Role.EDITOR);
      String id = "q" + Secrets.random(6).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "x");
      long now = clock.millis();
      Sql.update(c, "INSERT INTO questionnaires (id, scorecard_id, survey, period, title, questions, scale_min, scale_max,"
          + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, scorecard, survey, periodName,
          chosenTitle, write(chosen), min, max, caller.username(), now);
      Audit.record(c, now, caller.username(), "questionnaire.create", row.unit(), id, scorecard + " " + survey + " "
          + periodName);
      return find(c, id).orElseThrow();
    });
  }

  /** The questionnaires of a scorecard the caller may see, newest first. */
  public List<Questionnaire> list(User caller, String scorecard) {
    return store.read(c -> {
      Scorecards.allowed(c, caller, scorecard, Role.VIEWER);
      return Sql.list(c, SELECT + " WHERE scorecard_id = ? ORDER BY created_at DESC, id", Questionnaires::questionnaire,
          scorecard);
    });
  }

  /** A questionnaire, once the caller holds {@code needed} on its scorecard's unit; refused alike if missing. */
  public Questionnaire get(User caller, String id, Role needed) {
    return store.read(c -> allowed(c, caller, id, needed));
  }

  /** The responses so far and the links (viewers of the scorecard may read them; respondents may not). */
  public Tally tally(User caller, String id) {
    return store.read(c -> {
      Questionnaire q = allowed(c, caller, id, Role.VIEWER);
      List<int[]> responses = responses(c, id);
      int n = q.questions().size();
      double[] totals = new double[n];
      long[][] counts = new long[n][q.scaleMax() - q.scaleMin() + 1];
      for (int[] r : responses) {
        for (int k = 0; k < n && k < r.length; k++) {
          totals[k] += r[k];
          counts[k][r[k] - q.scaleMin()]++;
        }
      }
      List<Item> items = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        items.add(new Item(q.questions().get(k), totals[k], counts[k]));
      }
      Answers a = answers(q, responses);
      Likert likert = a == null ? null : new Likert(q.survey(), a.respondents(), a.questions(), a.scaleMin(), a.scaleMax(),
          a.total(), a.answers());
      List<Link> links = Sql.list(c, "SELECT id, created_at, revoked_at, answered_at FROM questionnaire_links"
          + " WHERE questionnaire_id = ? ORDER BY created_at, id", r -> new Link(r.getString(1), r.getLong(2),
              nullableLong(r, 3), nullableLong(r, 4)), id);
      return new Tally(q, responses.size(), items, likert, links);
    });
  }

  /** {@code count} new links; their tokens are returned this once and kept only as hashes. */
  public List<Issued> issue(User caller, String id, int count) {
    if (count < 1 || count > MOST_LINKS) {
      throw InvalidInputException.of(Location.field("count"), "questionnaire.link_count", MOST_LINKS, count);
    }
    return store.write(c -> {
      Questionnaire q = allowed(c, caller, id, Role.EDITOR);
      if (!q.open()) {
        throw Refused.of(Refused.Reason.CONFLICT, "questionnaire.closed");
      }
      long now = clock.millis();
      List<Issued> issued = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        String linkId = Secrets.random(9);
        String token = Secrets.random(24);
        issued.add(new Issued(linkId, token));
        rows.add(new Object[] {linkId, id, Secrets.sha256(token), now});
      }
      Sql.batch(c, "INSERT INTO questionnaire_links (id, questionnaire_id, token_hash, created_at) VALUES (?, ?, ?, ?)",
          rows);
      Audit.record(c, now, caller.username(), "questionnaire.links", unitOf(c, q), id, count + " links");
      return issued;
    });
  }

  public void revoke(User caller, String id, String linkId) {
    store.write(c -> {
      Questionnaire q = allowed(c, caller, id, Role.EDITOR);
      long now = clock.millis();
      if (Sql.update(c, "UPDATE questionnaire_links SET revoked_at = ? WHERE id = ? AND questionnaire_id = ?"
          + " AND revoked_at IS NULL", now, linkId, id) == 0) {
        throw Refused.of(Refused.Reason.NOT_FOUND, "questionnaire.no_such_link", linkId);
      }
      Audit.record(c, now, caller.username(), "questionnaire.revoke", unitOf(c, q), id, linkId);
      return null;
    });
  }

  public Questionnaire close(User caller, String id) {
    return store.write(c -> {
      Questionnaire q = allowed(c, caller, id, Role.EDITOR);
      long now = clock.millis();
      if (q.open()) {
        Sql.update(c, "UPDATE questionnaires SET closed_at = ? WHERE id = ?", now, id);
        Audit.record(c, now, caller.username(), "questionnaire.close", unitOf(c, q), id, null);
      }
      return find(c, id).orElseThrow();
    });
  }

  /**
   * The questionnaire a respondent's token opens: only an open one, through a link neither revoked nor
   * answered. Anything else is one "not available" answer, so a token learns nothing about other links.
   */
  public Questionnaire byToken(String token) {
    return store.read(c -> open(c, token).questionnaire);
  }

  private record Opened(Questionnaire questionnaire, String linkId) {}

  private static Opened open(Connection c, String token) throws SQLException {
    if (token == null || token.length() > 100) {
      throw Refused.of(Refused.Reason.NOT_FOUND, "questionnaire.not_available");
    }
    Optional<Object[]> link = Sql.one(c, "SELECT id, questionnaire_id, revoked_at, answered_at FROM questionnaire_links"
        + " WHERE token_hash = ?", r -> new Object[] {r.getString(1), r.getString(2), nullableLong(r, 3),
            nullableLong(r, 4)}, Secrets.sha256(token));
    if (link.isEmpty() || link.get()[2] != null) {
      throw Refused.of(Refused.Reason.NOT_FOUND, "questionnaire.not_available");
    }
    if (link.get()[3] != null) {
      throw Refused.of(Refused.Reason.CONFLICT, "questionnaire.already_answered");
    }
    Questionnaire q = find(c, (String) link.get()[1]).orElseThrow();
    if (!q.open()) {
      throw Refused.of(Refused.Reason.CONFLICT, "questionnaire.closed");
    }
    return new Opened(q, (String) link.get()[0]);
  }

  /**
   * Records a respondent's answers, one per question in order, each a whole number on the scale: every
   * problem is reported and nothing written unless all are right. The token then answers nothing more.
   */
  public void answer(String token, List<Integer> answers, List<Location> where, Problems problems) {
    Questionnaire shown = byToken(token);
    int n = shown.questions().size();
    for (int k = 0; k < n; k++) {
      Integer a = k < answers.size() ? answers.get(k) : null;
      Location at = k < where.size() ? where.get(k) : Location.field("answers[" + k + "]");
      if (a == null) {
        problems.error(at, "questionnaire.answer_missing", k + 1, shown.questions().get(k));
      } else if (a < shown.scaleMin() || a > shown.scaleMax()) {
        problems.error(at, "questionnaire.answer_off_scale", k + 1, a, shown.scaleMin(), shown.scaleMax());
      }
    }
    if (answers.size() > n) {
      problems.error(Location.field("answers"), "questionnaire.too_many_answers", n, answers.size());
    }
    problems.throwIfErrors();
    store.write(c -> {
      Opened opened = open(c, token);
      long now = clock.millis();
      if (Sql.update(c, "UPDATE questionnaire_links SET answered_at = ? WHERE id = ? AND answered_at IS NULL", now,
          opened.linkId()) != 1) {
        throw Refused.of(Refused.Reason.CONFLICT, "questionnaire.already_answered");
      }
      Sql.update(c, "INSERT INTO questionnaire_responses (link_id, questionnaire_id, answers, submitted_at)"
          + " VALUES (?, ?, ?, ?)", opened.linkId(), opened.questionnaire().id(), write(answers), now);
      // Like any change of data: the results cache computes the scorecard again.
      Sql.update(c, "UPDATE scorecards SET data_version = data_version + 1 WHERE id = ?", opened.questionnaire().scorecard());
      Audit.record(c, now, null, "questionnaire.answer", unitOf(c, opened.questionnaire()), opened.questionnaire().id(),
          opened.linkId());
      return null;
    });
  }

  /** The scorecard's surveys with its questionnaires' responses added, one row per questionnaire answered. */
  public static Surveys withResponses(Connection c, String scorecard, Surveys surveys) throws SQLException {
    List<Questionnaire> all = Sql.list(c, SELECT + " WHERE scorecard_id = ? ORDER BY id", Questionnaires::questionnaire,
        scorecard);
    if (all.isEmpty()) {
      return surveys;
    }
    List<Answers> combined = new ArrayList<>(surveys.all());
    for (Questionnaire q : all) {
      Answers a = answers(q, responses(c, q.id()));
      if (a != null) {
        combined.add(a);
      }
    }
    return new Surveys(combined);
  }

  /** Responses as the survey file's totals row would give them; null when nobody answered yet. */
  private static Answers answers(Questionnaire q, List<int[]> responses) {
    if (responses.isEmpty()) {
      return null;
    }
    double total = 0;
    long count = 0;
    for (int[] r : responses) {
      for (int a : r) {
        total += a;
        count++;
      }
    }
    return new Answers(Period.parse(q.period()).orElseThrow(), q.survey(), responses.size(), q.questions().size(),
        q.scaleMin(), q.scaleMax(), total, count, new Origin("questionnaire " + q.id(), 0, q.title()));
  }

  private static List<int[]> responses(Connection c, String id) throws SQLException {
    return Sql.list(c, "SELECT answers FROM questionnaire_responses WHERE questionnaire_id = ? ORDER BY submitted_at, link_id",
        r -> read(r.getString(1), new TypeReference<int[]>() {}), id);
  }

  private static final String SELECT = "SELECT id, scorecard_id, survey, period, title, questions, scale_min, scale_max,"
      + " created_by, created_at, closed_at FROM questionnaires";

  private static Questionnaire questionnaire(java.sql.ResultSet r) throws SQLException {
    return new Questionnaire(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
        read(r.getString(6), new TypeReference<List<String>>() {}), r.getInt(7), r.getInt(8), r.getString(9), r.getLong(10),
        nullableLong(r, 11));
  }

  private static Optional<Questionnaire> find(Connection c, String id) throws SQLException {
    return Sql.one(c, SELECT + " WHERE id = ?", Questionnaires::questionnaire, id);
  }

  private static Questionnaire allowed(Connection c, User caller, String id, Role needed) throws SQLException {
    Optional<Questionnaire> q = find(c, id);
    if (q.isEmpty()) {
      throw caller.admin() ? Refused.of(Refused.Reason.NOT_FOUND, "questionnaire.no_such", id) : Refused.forbidden();
    }
    Scorecards.allowed(c, caller, q.get().scorecard(), needed);
    return q.get();
  }

  private static String unitOf(Connection c, Questionnaire q) throws SQLException {
    return Library.row(c, q.scorecard()).map(Library.Row::unit).orElse(null);
  }

  private static Long nullableLong(java.sql.ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored questionnaire field is not JSON", e);
    }
  }
}
