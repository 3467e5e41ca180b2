package io.kinerja.spark;

import io.kinerja.metrics.engine.Connector;
import io.kinerja.metrics.engine.ConnectorProvider;
import io.kinerja.metrics.engine.EngineSettings;
import io.kinerja.metrics.engine.QueryException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the Spark engine for {@code engine: { kind: spark, master: … }}. The master is the scorecard's,
 * else the one {@code spark-submit} set, else {@code local[*]}. The session runs in UTC so that no time
 * zone moves a timestamp across a period's edge, and without its web UI.
 */
public final class SparkConnectorProvider implements ConnectorProvider {

  @Override
  public String kind() {
    return "spark";
  }

  /** A session that was running already (a notebook's, a test's) is used, and left running when done. */
  @Override
  public Connector open(EngineSettings settings) throws QueryException {
    boolean running = SparkSession.getDefaultSession().isDefined();
    return new SparkConnector(session(settings.master()), !running);
  }

  /** A session on {@code master} ({@code null}: as submitted, else local), set up as every Kinerja session is. */
  public static SparkSession session(String master) throws QueryException {
    SparkConf conf = new SparkConf();
    String chosen = master != null ? master : conf.get("spark.master", "local[*]");
    SparkSession.Builder builder = SparkSession.builder();
    if (chosen.startsWith("local")) {
      // Aggregated rows are few: Spark's 200 shuffle partitions would be 200 tiny tasks per query on one machine.
      builder.config("spark.sql.shuffle.partitions", "4");
    }
    try {
      return builder.appName("kinerja").master(chosen)
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .getOrCreate();
    } catch (RuntimeException e) {
      throw QueryException.of(e);
    }
  }
}
