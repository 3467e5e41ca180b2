package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The plans scenario on PostgreSQL. */
class PlansOnPostgresqlTest extends PlansScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
