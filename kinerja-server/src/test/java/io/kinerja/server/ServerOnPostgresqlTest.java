package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The scenario on a real PostgreSQL (the machine's, or an embedded one where there is none). */
class ServerOnPostgresqlTest extends ServerScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
