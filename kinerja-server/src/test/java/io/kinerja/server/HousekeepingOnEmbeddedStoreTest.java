package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Templates, renames and deletes on the embedded store (SQLite). */
class HousekeepingOnEmbeddedStoreTest extends HousekeepingScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
