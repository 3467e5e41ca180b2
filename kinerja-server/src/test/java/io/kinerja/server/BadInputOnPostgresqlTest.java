package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The bad-input suite on PostgreSQL. */
class BadInputOnPostgresqlTest extends BadInputScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
