package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The scenario on the embedded store (SQLite in WAL mode). */
class ServerOnEmbeddedStoreTest extends ServerScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
