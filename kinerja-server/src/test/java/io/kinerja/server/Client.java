package io.kinerja.server;

import java.util.Map;

/** A caller as the access matrix sees it: a program with a token ({@link Http}) or a browser ({@link Session}). */
interface Client {

  /** The user name this client signed in as; null when anonymous. */
  String username();

  int port();

  Http.Response get(String path);

  Http.Response get(String path, String accept);

  Http.Response post(String path, String json);

  Http.Response put(String path, String json);

  Http.Response patch(String path, String json);

  Http.Response delete(String path);

  Http.Response send(String method, String path, String contentType, byte[] body);

  Http.Response multipart(String method, String path, Map<String, Map.Entry<String, byte[]>> parts);

  /** A form post (a browser's; a program's would carry no CSRF field). */
  Http.Response form(String path, String fields);

  /** The same user signed in anew (for calls that end the sign-in, like logging out). */
  Client fresh();

  static Client of(Http http, String username, TestServer server) {
    return new Client() {
      @Override
      public String username() {
        return username;
      }

      @Override
      public int port() {
        return java.net.URI.create(http.base()).getPort();
      }

      @Override
      public Http.Response get(String path) {
        return http.get(path);
      }

      @Override
      public Http.Response get(String path, String accept) {
        return http.get(path, accept);
      }

      @Override
      public Http.Response post(String path, String json) {
        return http.post(path, json);
      }

      @Override
      public Http.Response put(String path, String json) {
        return http.put(path, json);
      }

      @Override
      public Http.Response patch(String path, String json) {
        return http.patch(path, json);
      }

      @Override
      public Http.Response delete(String path) {
        return http.delete(path);
      }

      @Override
      public Http.Response send(String method, String path, String contentType, byte[] body) {
        return http.send(method, path, contentType, body);
      }

      @Override
      public Http.Response multipart(String method, String path, Map<String, Map.Entry<String, byte[]>> parts) {
        return http.multipart(method, path, parts);
      }

      @Override
      public Http.Response form(String path, String fields) {
        return http.send("POST", path, "application/x-www-form-urlencoded", fields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }

      @Override
      public Client fresh() {
        return username == null ? this
            : of(http.as(server.token(username, AccessRules.password(username))), username, server);
      }
    };
  }
}
