package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Cached reads that never outlive a change, on a real PostgreSQL (the machine's, or an embedded one where there is none). */
class CachedReadsOnPostgresqlTest extends CachedReadsScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
