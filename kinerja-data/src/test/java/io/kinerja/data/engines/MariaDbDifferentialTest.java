package io.kinerja.data.engines;

import io.kinerja.data.load.Engines;
import io.kinerja.data.yaml.EngineDeclaration;
import io.kinerja.metrics.engine.SqlEngine;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The funnel case in a real MariaDB (the machine's; skipped with a message where none answers, never
 * under CI), in a database of its own made for this run and dropped after it.
 */
class MariaDbDifferentialTest extends Differential {

  static Connection admin;
  static String database;
  static SqlEngine engine;

  @BeforeAll
  static void load() throws Exception {
    Servers.Server server = Servers.mariadb();
    admin = server.connect();
    database = "kinerja_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    FunnelRecords.load("mariadb", admin, database);
    EngineDeclaration declaration = new EngineDeclaration("mariadb", Servers.MARIADB_URL, null,
        new EngineDeclaration.Secret("root", null, null, null, null),
        new EngineDeclaration.Secret(null, "KINERJA_DB_PASSWORD", null, null, null), null);
    engine = new SqlEngine(Engines.open(declaration, FunnelRecords.folder(), Map.of("KINERJA_DB_PASSWORD", "")),
        FunnelRecords.tables(database), FunnelRecords.measures(), FunnelRecords.folder());
  }

  @AfterAll
  static void drop() throws Exception {
    if (engine != null) {
      engine.close();
    }
    if (admin != null) {
      try (Statement s = admin.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + database);
      }
      admin.close();
    }
  }

  @Override
  SqlEngine engine() {
    return engine;
  }
}
