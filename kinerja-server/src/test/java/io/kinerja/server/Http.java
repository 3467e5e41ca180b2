package io.kinerja.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A client of a server started in the test's own JVM, over real HTTP. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, byte[] bytes, HttpResponse<byte[]> raw) {

    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body(), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  Http(int port, String token) {
    this("http://127.0.0.1:" + port, token);
  }

  private Http(String base, String token) {
    this.base = base;
    this.token = token;
  }

  Http as(String token) {
    return new Http(base, token);
  }

  String base() {
    return base;
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  Response patch(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").method("PATCH", body(json)));
  }

  Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  Response send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder b = request(path);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A multipart/form-data request: each part a field name → (file name, bytes). */
  Response multipart(String method, String path, Map<String, Map.Entry<String, byte[]>> parts) {
    String boundary = "kinerja" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach((field, file) -> {
      write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
          + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(file.getValue());
      write(out, "\r\n");
    });
    write(out, "--" + boundary + "--\r\n");
    return send(method, path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  static Map<String, Map.Entry<String, byte[]>> parts() {
    return new LinkedHashMap<>();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
