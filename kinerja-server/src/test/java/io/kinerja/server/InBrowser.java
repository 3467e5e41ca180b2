package io.kinerja.server;

import io.kinerja.server.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every browser test class shares: the demo server (the cases of examples/) on the embedded store and
 * one headless Chromium pointed at it, for the whole class; after each test, no error in the browser's
 * console. A class adds its own data in {@link #prepare} and its first steps in {@link #opened}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InBrowser {

  TestServer server;
  Browser browser;

  /** Runs on the started server, before the browser opens: units, scorecards, users of the class. */
  void prepare() throws IOException {}

  /** Runs once the browser is open (signing in, say). */
  void opened() throws IOException {}

  @BeforeAll
  final void startServerAndBrowser() throws IOException {
    Browser.assumePresent();
    server = TestServer.withDemo(Store.Engine.SQLITE, Path.of("../examples"));
    prepare();
    browser = Browser.open(server);
    opened();
  }

  @AfterAll
  final void stopServerAndBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  final void noConsoleErrors() {
    if (browser != null) {
      browser.noConsoleErrors();
    }
  }
}
