package io.kinerja.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a snapshot under {@code src/test/resources/snapshots}. Run the build with
 * {@code -Dsnapshots.overwrite=true} to rewrite them, and review the diff in git.
 */
public final class Snapshots {

  private static final Path ROOT = Path.of("src", "test", "resources", "snapshots");

  private Snapshots() {}

  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    boolean overwrite = Boolean.getBoolean("snapshots.overwrite");
    try {
      if (overwrite || !Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        if (!overwrite) {
          fail("new snapshot written to " + file + ": review it, then run again");
        }
        return;
      }
      assertThat(actual).as("snapshot %s (rewrite with -Dsnapshots.overwrite=true)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
