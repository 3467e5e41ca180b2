package io.kinerja.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.server.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in, on each store: the login throttle outlives a restart, a session id planted before the login
 * is never the one after it, logging out ends the session on the server, and a revoked token is refused at
 * once. Subclasses pick the store.
 */
abstract class SignInSecurityScenario {

  abstract Store.Engine engine();

  private Path data;
  private String db;
  private KinerjaServer running;

  private KinerjaServer start() {
    try {
      if (data == null) {
        data = Files.createTempDirectory("kinerja-signin-test");
        db = engine() == Store.Engine.POSTGRESQL ? Postgres.freshSchema() : null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    running = KinerjaServer.start(new KinerjaServer.Settings("127.0.0.1", 0, data, db, db == null ? null : Postgres.user(),
        null, null, TestServer.ADMIN_PASSWORD), new PrintWriter(new StringWriter(), true));
    return running;
  }

  @AfterEach
  void stop() {
    if (running != null) {
      running.close();
    }
    if (db != null) {
      Postgres.drop(db);
    }
  }

  private static Http.Response token(KinerjaServer server, String username, String password) {
    return new Http(server.port(), null).post("/api/v1/tokens",
        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
  }

  @Test
  void the_login_throttle_outlives_a_restart_of_the_server() {
    KinerjaServer first = start();
    for (int i = 0; i < 5; i++) {
      assertThat(token(first, "admin", "wrong password " + i).status()).isEqualTo(401);
    }
    assertThat(token(first, "admin", TestServer.ADMIN_PASSWORD).status()).isEqualTo(429);
    first.close();
    KinerjaServer second = start();
    Http.Response r = token(second, "admin", TestServer.ADMIN_PASSWORD);
    assertThat(r.status()).as(r.body()).isEqualTo(429);
    assertThat(r.json().at("/error/code").asText()).isEqualTo("throttled");
    assertThat(Session.login(second.port(), "admin", TestServer.ADMIN_PASSWORD, null).status()).isEqualTo(429);
  }

  @Test
  void one_address_guessing_many_user_names_is_throttled_too() {
    KinerjaServer server = start();
    for (int i = 0; i < 5; i++) {
      assertThat(token(server, "someone-" + i, "wrong password").status()).isEqualTo(401);
    }
    assertThat(token(server, "admin", TestServer.ADMIN_PASSWORD).status()).isEqualTo(429);
  }

  @Test
  void a_session_id_planted_before_the_login_is_not_the_one_after_it_and_is_not_honoured() {
    KinerjaServer server = start();
    Session attacker = Session.signIn(server.port(), "admin", TestServer.ADMIN_PASSWORD);
    String planted = "kinerja_session=planted-by-someone-else";
    Session victim = Session.signIn(server.port(), "admin", TestServer.ADMIN_PASSWORD, planted);
    assertThat(victim.cookie).isNotEqualTo(planted);
    assertThat(victim.withCookie(planted).get("/").status()).isEqualTo(302);
    assertThat(victim.withCookie(planted).get("/api/v1/me").status()).isEqualTo(401);
    // a real session of someone else, held by the browser at login, is replaced by a new one
    Session again = Session.signIn(server.port(), "admin", TestServer.ADMIN_PASSWORD, attacker.cookie);
    assertThat(again.cookie).isNotEqualTo(attacker.cookie);
    assertThat(again.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void logging_out_ends_the_session_on_the_server_not_only_in_the_browser() {
    KinerjaServer server = start();
    Session browser = Session.signIn(server.port(), "admin", TestServer.ADMIN_PASSWORD);
    assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(browser.form("/logout", "").status()).isEqualTo(303);
    // the old cookie, replayed as a thief would, no longer works
    assertThat(browser.get("/").status()).isEqualTo(302);
    assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(browser.put("/api/v1/units/x/grants/admin", "{\"role\": \"viewer\"}").status()).isEqualTo(401);
  }

  @Test
  void a_revoked_token_is_refused_at_once_even_right_after_it_was_trusted() {
    KinerjaServer server = start();
    Http.Response issued = token(server, "admin", TestServer.ADMIN_PASSWORD);
    String token = issued.json().get("token").asText();
    Http holder = new Http(server.port(), token);
    assertThat(holder.get("/api/v1/me").status()).isEqualTo(200); // now in the token cache
    Http other = new Http(server.port(), token(server, "admin", TestServer.ADMIN_PASSWORD).json().get("token").asText());
    assertThat(other.delete("/api/v1/tokens/" + issued.json().get("id").asText()).status()).isEqualTo(204);
    assertThat(holder.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(holder.delete("/api/v1/tokens/" + issued.json().get("id").asText()).status()).isEqualTo(401);
  }
}
