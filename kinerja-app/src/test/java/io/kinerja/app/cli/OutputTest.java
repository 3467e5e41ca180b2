package io.kinerja.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

  @Test
  void a_writer_that_fails_half_way_leaves_neither_the_file_nor_a_temporary(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report.pdf");
    assertThatThrownBy(() -> Output.atomically(target, out -> {
      try {
        out.write(new byte[1000]);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new IllegalStateException("renderer failed");
    })).hasMessage("renderer failed");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void a_failed_write_keeps_the_previous_report(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("report.html"), "old");
    assertThatThrownBy(() -> Output.atomically(target, out -> {
      throw new IllegalStateException("no");
    }));
    assertThat(Files.readString(target)).isEqualTo("old");
  }

  @Test
  void a_written_report_replaces_the_old_one_whole(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("report.html"), "old");
    Output.atomically(target, out -> {
      try {
        out.write("new".getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(Files.getPosixFilePermissions(target).toString()).contains("OTHERS_READ");
  }
}
