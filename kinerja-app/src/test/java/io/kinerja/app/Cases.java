package io.kinerja.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference cases in {@code ../shared/cases/}, beside the checkout (Surefire passes the path). */
final class Cases {

  private Cases() {}

  static Path shared() {
    String configured = System.getProperty("kinerja.shared");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(path.resolve("cases"))) {
      throw new IllegalStateException("the reference cases are not at " + path.toAbsolutePath()
          + ": check out the steering repository's shared/ beside this one");
    }
    return path;
  }

  static Path rsiUnisma2014() {
    return shared().resolve("cases/rsi-unisma-2014");
  }

  static Path examples() {
    return Path.of(System.getProperty("kinerja.root", "..")).resolve("examples");
  }
}
