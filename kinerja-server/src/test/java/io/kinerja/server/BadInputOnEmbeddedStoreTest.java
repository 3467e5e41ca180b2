package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The bad-input suite on the embedded store. */
class BadInputOnEmbeddedStoreTest extends BadInputScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
