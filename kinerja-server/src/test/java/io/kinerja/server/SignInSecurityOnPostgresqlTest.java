package io.kinerja.server;

import io.kinerja.server.store.Store;

/** The sign-in security suite on PostgreSQL. */
class SignInSecurityOnPostgresqlTest extends SignInSecurityScenario {

  @Override
  Store.Engine engine() {
    return Store.Engine.POSTGRESQL;
  }
}
