package io.kinerja.server.plans;

import io.kinerja.core.problem.Location;
import io.kinerja.core.problem.Problems;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts as JSON to the URLs their rules name, on one background thread so that no write waits for
 * another server: each post has a timeout and is tried a bounded number of times, and its outcome is
 * reported (and logged) whether it went through or not.
 *
 * <p>A webhook is a request the server makes on a user's behalf (SSRF). Only http and https are accepted;
 * link-local addresses (169.254.0.0/16 with the clouds' metadata service, fe80::/10) and the metadata host
 * names are always refused, both when a rule is saved and, resolved again, when posting. When the setting
 * {@code KINERJA_WEBHOOK_HOSTS} (a comma-separated list of host names) is given, only those hosts are
 * allowed at all; without it any other host is, loopback and private networks included, which an operator
 * who runs Kinerja beside internal services should close with the setting.
 */
public final class Webhooks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
  private static final Set<String> METADATA = Set.of("metadata", "metadata.google.internal", "metadata.azure.com",
      "instance-data", "instance-data.ec2.internal");

  private final Set<String> allowed;
  private final int attempts;
  private final Duration timeout;
  private final HttpClient client;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "kinerja-webhooks");
    t.setDaemon(true);
    return t;
  });

  /** {@code allowed}: the only hosts webhooks may name (empty: any but the refused ones). */
  public Webhooks(Set<String> allowed, int attempts, Duration timeout) {
    this.allowed = allowed;
    this.attempts = attempts;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The hosts of a comma-separated setting such as {@code KINERJA_WEBHOOK_HOSTS}. */
  public static Set<String> hosts(String setting) {
    if (setting == null || setting.isBlank()) {
      return Set.of();
    }
    return Set.of(setting.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
  }

  /** Reports a URL that may not be used as a webhook (in field {@code webhook}). */
  public void check(String url, Problems problems) {
    String why = refusal(url);
    if (why != null) {
      problems.error(Location.field("webhook"), "plans.bad_webhook", url, why);
    }
  }

  private String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "not a URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https";
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty() || uri.getUserInfo() != null) {
      return "a host and no user name";
    }
    if (METADATA.contains(host) || host.startsWith("169.254.") || host.startsWith("[fe80:")) {
      return "a link-local or metadata address";
    }
    if (!allowed.isEmpty() && !allowed.contains(host)) {
      return "not among KINERJA_WEBHOOK_HOSTS";
    }
    return null;
  }

  /** Posts {@code json} in the background; {@code outcome} hears {@code sent 200} or {@code failed: …}. */
  public void post(String url, String json, Consumer<String> outcome) {
    sender.execute(() -> outcome.accept(deliver(url, json)));
  }

  private String deliver(String url, String json) {
    String refused = refusal(url);
    if (refused == null) {
      refused = resolvesLinkLocal(URI.create(url).getHost());
    }
    if (refused != null) {
      LOG.warn("Webhook {} refused: {}", url, refused);
      return "refused: " + refused;
    }
    String failure = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Kinerja")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() >= 200 && r.statusCode() < 300) {
          return "sent " + r.statusCode();
        }
        failure = "status " + r.statusCode();
      } catch (java.io.IOException e) {
        failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "failed: interrupted";
      }
      LOG.warn("Webhook {} attempt {} of {} failed: {}", url, attempt, attempts, failure);
      if (attempt < attempts) {
        pause(attempt);
      }
    }
    return "failed after " + attempts + " attempts: " + failure;
  }

  private static String resolvesLinkLocal(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
          return host + " resolves to " + a.getHostAddress();
        }
      }
      return null;
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(250L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits a little for posts under way, then stops. */
  @Override
  public void close() {
    sender.shutdown();
    try {
      sender.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
