package io.kinerja.metrics.engine;

/**
 * Opens connectors of one engine kind that lives in another module (Spark, in kinerja-spark, so that its
 * 277 MiB stay out of the main jar). Implementations are found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.kinerja.metrics.engine.ConnectorProvider}.
 */
public interface ConnectorProvider {

  /** The kind a scorecard names in {@code engine: { kind: … }}. */
  String kind();

  /** A connector to the engine {@code settings} name; fails with the engine's own reason. */
  Connector open(EngineSettings settings) throws QueryException;
}
