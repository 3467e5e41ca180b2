package io.kinerja.server;

import java.io.PrintWriter;
import java.nio.file.Path;

/** A server in a process of its own, for the crash test to kill: {@code CrashChild DATA_DIR}. */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) throws InterruptedException {
    KinerjaServer server = KinerjaServer.start(new KinerjaServer.Settings("127.0.0.1", 0, Path.of(args[0]), null, null,
        null, null, TestServer.ADMIN_PASSWORD), new PrintWriter(System.out, true));
    System.out.println("port=" + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
