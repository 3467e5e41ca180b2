package io.kinerja.server;

import io.kinerja.server.store.Store;

/** Cascading roll-ups on the embedded store (SQLite). */
class CascadeOnEmbeddedStoreTest extends CascadeScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
