package io.kinerja.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: signs in through the login form, then sends the session cookie, and the
 * session's CSRF token (read from the logout form of a page) on every state-changing request unless told not to.
 */
final class Session implements Client {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  final String cookie;
  final String csrf;
  private final boolean sendCsrf;
  /** Made with {@link #withCsrf}: the token sent is not the session's. */
  private boolean forged;
  private final String username;
  private final String password;

  private Session(String base, String cookie, String csrf, boolean sendCsrf) {
    this(base, cookie, csrf, sendCsrf, null, null);
  }

  private Session(String base, String cookie, String csrf, boolean sendCsrf, String username, String password) {
    this.username = username;
    this.password = password;
    this.base = base;
    this.cookie = cookie;
    this.csrf = csrf;
    this.sendCsrf = sendCsrf;
  }

  /** Signs in as a browser does: the login form's token from its cookie and hidden field. */
  static Session signIn(int port, String username, String password) {
    return signIn(port, username, password, null);
  }

  /** Signs in while already holding {@code cookieBefore} (say, a session id planted by someone else). */
  static Session signIn(int port, String username, String password, String cookieBefore) {
    Session anonymous = anonymous(port);
    Http.Response r = login(port, username, password, cookieBefore);
    if (r.status() != 303) {
      throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.body());
    }
    String session = cookieOf(r, "kinerja_session");
    Http.Response home = new Session(anonymous.base, session, null, false).get("/");
    Matcher c = CSRF.matcher(home.body());
    if (!c.find()) {
      throw new AssertionError("no session token on the home page: " + home.body());
    }
    return new Session(anonymous.base, session, c.group(1), true, username, password);
  }

  @Override
  public String username() {
    return username;
  }

  @Override
  public Session fresh() {
    if (username == null) {
      return this;
    }
    Session again = signIn(URI.create(base).getPort(), username, password);
    // A forged token stays forged; a real one (even of a session that has since ended) is the new session's.
    return !sendCsrf ? again.withoutCsrf() : !forged ? again : again.withCsrf(csrf);
  }

  /** The answer to posting the login form as a browser does (its token from the form's cookie and hidden field). */
  static Http.Response login(int port, String username, String password, String cookieBefore) {
    Session anonymous = anonymous(port);
    Http.Response form = anonymous.get("/login");
    String loginCookie = cookieOf(form, "kinerja_login_csrf");
    Matcher m = CSRF.matcher(form.body());
    if (!m.find()) {
      throw new AssertionError("no login token: " + form.body());
    }
    String body = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
    return new Session(anonymous.base, loginCookie + (cookieBefore == null ? "" : "; " + cookieBefore), null, false)
        .send("POST", "/login", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int port() {
    return URI.create(base).getPort();
  }

  static Session anonymous(int port) {
    return new Session("http://127.0.0.1:" + port, null, null, false);
  }

  /** The same session sending no CSRF token: what another site could make a browser send. */
  Session withoutCsrf() {
    return new Session(base, cookie, csrf, false, username, password);
  }

  /** The same session sending {@code forged} as its CSRF token. */
  Session withCsrf(String forged) {
    Session s = new Session(base, cookie, forged, true, username, password);
    s.forged = true;
    return s;
  }

  /** Another cookie (say, one that was valid before a logout) on the same server. */
  Session withCookie(String other) {
    return new Session(base, other, csrf, sendCsrf, username, password);
  }

  static String cookieOf(Http.Response r, String name) {
    return r.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + ": " + r.raw().headers()))
        .split(";")[0];
  }

  @Override
  public Http.Response get(String path) {
    return get(path, null);
  }

  @Override
  public Http.Response get(String path, String accept) {
    HttpRequest.Builder b = request(path).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return send(b);
  }

  @Override
  public Http.Response delete(String path) {
    return send("DELETE", path, null, new byte[0]);
  }

  @Override
  public Http.Response post(String path, String json) {
    return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Http.Response put(String path, String json) {
    return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Http.Response patch(String path, String json) {
    return send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** A form post with the session's CSRF field (when this session sends it). */
  @Override
  public Http.Response form(String path, String fields) {
    String all = sendCsrf ? "_csrf=" + enc(csrf) + (fields.isEmpty() ? "" : "&" + fields) : fields;
    return send("POST", path, "application/x-www-form-urlencoded", all.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Http.Response multipart(String method, String path, Map<String, Map.Entry<String, byte[]>> parts) {
    String boundary = "kinerja" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach((field, file) -> {
      // a part without a file name is a plain field of the form
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"" + (file.getKey().isEmpty()
          ? "\r\n\r\n" : "; filename=\"" + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"))
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file.getValue());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(method, path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  @Override
  public Http.Response send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (sendCsrf) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return b;
  }

  private Http.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Http.Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
