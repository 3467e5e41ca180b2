package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The plans scenario on the embedded store. */
class PlansOnEmbeddedStoreTest extends PlansScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
