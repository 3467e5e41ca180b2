package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in a real browser asks the network for nothing. Headless Chromium opens the
 * page from a file with every request sent through a proxy that is a socket here, which notes the first
 * line of each request it receives (and answers nothing). A page that does load something from outside
 * is the control: the proxy sees it, so the check can fail.
 */
class ChromiumTest {

  @TempDir
  static Path dir;

  static ServerSocket proxy;
  static final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start_a_proxy_that_notes_every_request() throws Exception {
    proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread listener = new Thread(() -> {
      while (!proxy.isClosed()) {
        try (Socket socket = proxy.accept()) {
          socket.setSoTimeout(2000);
          String first = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
          requests.add(String.valueOf(first));
          socket.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
          // a closed proxy or a client that went away
        }
      }
    }, "request-noting proxy");
    listener.setDaemon(true);
    listener.start();
  }

  @AfterAll
  static void stop_the_proxy() throws Exception {
    proxy.close();
  }

  static String open(Path page) throws Exception {
    String chromium = Tools.require("chromium", "chromium");
    Path profile = Files.createTempDirectory(dir, "profile");
    return Tools.run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
        "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
        "--user-data-dir=" + profile, "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(),
        "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=3000", "--dump-dom", page.toUri().toString()),
        dir.resolve(page.getFileName() + ".log"), 120);
  }

  @Test
  void the_report_page_makes_no_network_request_and_renders_its_text() throws Exception {
    Path page = dir.resolve("report.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      HtmlReport.write(Hostile.report(dir.resolve("hostile")), Language.EN, out);
    }
    requests.clear();
    String dom = open(page);
    assertThat(requests.stream().filter(r -> !browsersOwn(r)).toList()).as("requests the page made").isEmpty();
    assertThat(dom).contains("Final score:", "&lt;script&gt;alert('x')&lt;/script&gt;").doesNotContain("<script>alert");
  }

  /**
   * Chromium calls its vendor's update and time services on its own, whatever the page holds; those
   * hosts are named one by one (a font or script service such as fonts.googleapis.com is not among them).
   */
  static boolean browsersOwn(String request) {
    return List.of("update.googleapis.com", "clients2.google.com", "clientservices.googleapis.com",
        "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com", "safebrowsing.googleapis.com",
        "accounts.google.com", "redirector.gvt1.com", "edgedl.me.gvt1.com").stream()
        .anyMatch(host -> request.contains(" " + host + ":") || request.contains("//" + host + "/"));
  }

  @Test
  void a_page_that_loads_an_image_from_outside_is_seen_by_the_proxy() throws Exception {
    Path page = dir.resolve("control.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"http://kinerja-control.invalid/x.png\"></body></html>");
    requests.clear();
    open(page);
    Thread.sleep(200);
    assertThat(requests).anyMatch(r -> r.contains("kinerja-control.invalid"));
  }
}
