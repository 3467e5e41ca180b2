package io.kinerja.server.values;

import io.kinerja.core.period.Period;
import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Problem;
import io.kinerja.data.csv.NumberStyle;
import io.kinerja.server.audit.Audit;
import io.kinerja.server.auth.Access;
import io.kinerja.server.auth.Role;
import io.kinerja.server.auth.User;
import io.kinerja.server.error.Refused;
import io.kinerja.server.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** Reading and writing a scorecard's figures, as far as the caller's role allows. */
public final class Values {

  /** What a write did: how many figures changed, and the data version it made. */
  public record Written(int changed, long dataVersion) {}

  /**
   * What an import would do, found without writing: the figures it holds, how many of them would change
   * a stored one, and every problem (none when it may be imported as it is).
   */
  public record Preview(int figures, int changed, List<Problem> problems) {}
  /** Told after a write of a scorecard's figures has committed: which periods it wrote. */
  @FunctionalInterface
  public interface Listener {
    void written(String scorecard, java.util.Set<Period> periods);
  }

  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final Store store;
  private final Clock clock;
  private final Definitions definitions;

  public Values(Store store, Clock clock, Definitions definitions) {
    this.store = store;
    this.clock = clock;
    this.definitions = definitions;
  }

  /** Adds a listener (the alerts): called on the writing thread once the write has committed. */
  public void listen(Listener listener) {
    listeners.add(listener);
  }

  public List<Figures.Stored> list(User caller, String scorecard, Period period) {
    return store.read(c -> {
      allowed(c, caller, scorecard, Role.VIEWER);
      return Figures.list(c, scorecard, period == null ? null : period.name());
    });
  }

  public List<Figures.Change> history(User caller, String scorecard, String measure, Period period) {
    return store.read(c -> {
      allowed(c, caller, scorecard, Role.VIEWER);
      return Figures.history(c, scorecard, measure, period == null ? null : period.name());
    });
  }

  /** Writes all the entries or none; {@code source} says where they came from (the API, a file). */
  public Written put(User caller, String scorecard, List<Entry> entries, String source) {
    Written written = store.write(c -> {
      Definitions.Current current = allowed(c, caller, scorecard, Role.CONTRIBUTOR);
      Figures.check(entries, current.recordMeasures(), current.indicators());
      long now = clock.millis();
      int changed = Figures.write(c, scorecard, entries, caller.username(), source, now);
      Audit.record(c, now, caller.username(), "values.put", current.unit(), scorecard,
          source + ": " + entries.size() + " figures, " + changed + " changed");
      return new Written(changed, current.dataVersion() + 1);
    });
    java.util.Set<Period> periods = new java.util.TreeSet<>();
    entries.forEach(e -> periods.add(e.period()));
    listeners.forEach(l -> l.written(scorecard, periods));
    return written;
  }

  /** Reads a CSV or XLSX file and writes all its figures, or none of them and every problem. */
  public Written importFile(User caller, String scorecard, String fileName, byte[] content, NumberStyle numbers) {
    Definitions.Current current = store.read(c -> allowed(c, caller, scorecard, Role.CONTRIBUTOR)); // before reading
    List<Entry> entries = Imports.read(fileName, content, numbers, current.grain());
    return put(caller, scorecard, entries, "import " + fileName);
  }

  /**
   * Reads and checks a file exactly as {@link #importFile} does, but writes nothing (not even to the audit
   * log, since nothing changed): the preview a person sees before importing.
   */
  public Preview preview(User caller, String scorecard, String fileName, byte[] content, NumberStyle numbers) {
    Definitions.Current current = store.read(c -> allowed(c, caller, scorecard, Role.CONTRIBUTOR));
    List<Entry> entries;
    try {
      entries = Imports.read(fileName, content, numbers, current.grain());
    } catch (InvalidInputException e) {
      return new Preview(0, 0, errors(e));
    }
    try {
      Figures.check(entries, current.recordMeasures(), current.indicators());
    } catch (InvalidInputException e) {
      return new Preview(entries.size(), 0, errors(e));
    }
    int changed = store.read(c -> Figures.wouldChange(c, scorecard, entries));
    return new Preview(entries.size(), changed, List.of());
  }

  /** The errors by row, as a person reads down the file (a spreadsheet's error cells are found first). */
  private static List<Problem> errors(InvalidInputException e) {
    return e.problems().stream().filter(Problem::isError)
        .sorted(java.util.Comparator.comparingInt(p -> p.location().line())).toList();
  }

  /**
   * The scorecard's current definition, once the caller is known to hold {@code needed} on its unit. A
   * scorecard that does not exist is refused like one the caller may not see, except to an organisation
   * admin, who may see everything and so learns nothing from a "not found".
   */
  private Definitions.Current allowed(Connection c, User caller, String scorecard, Role needed) throws SQLException {
    Definitions.Current current = definitions.current(c, scorecard).orElseThrow(() -> caller.admin()
        ? Refused.of(Refused.Reason.NOT_FOUND, "server.no_such_scorecard", scorecard) : Refused.forbidden());
    Access.require(c, caller, current.unit(), needed);
    return current;
  }
}
