package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Cascading roll-ups on the real PostgreSQL (the machine's, or an embedded one where there is none). */
class CascadeOnPostgresqlTest extends CascadeScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
