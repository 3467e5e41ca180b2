package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The sign-in security suite on the embedded store. */
class SignInSecurityOnEmbeddedStoreTest extends SignInSecurityScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.SQLITE;
  }
}
