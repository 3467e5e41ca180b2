package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Templates, renames and deletes on the real PostgreSQL (the machine's, or an embedded one where there is none). */
class HousekeepingOnPostgresqlTest extends HousekeepingScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
