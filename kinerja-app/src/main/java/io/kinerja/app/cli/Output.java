package io.kinerja.app.cli;

import io.kinerja.core.problem.InvalidInputException;
import io.kinerja.core.problem.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes a file atomically: into a temporary file in the same folder, then moved over the target in one
 * step. A writer that fails leaves no file and no temporary behind; a folder that cannot be written is
 * bad input, said before anything is rendered.
 */
final class Output {

  private Output() {}

  static void atomically(Path target, Consumer<OutputStream> writer) {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = temporaryIn(folder, target);
    boolean moved = false;
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        writer.accept(out);
      }
      move(temporary, target);
      moved = true;
    } catch (IOException e) {
      throw notWritable(target, e);
    } finally {
      if (!moved) {
        deleteQuietly(temporary);
      }
    }
  }

  private static Path temporaryIn(Path folder, Path target) {
    try {
      if (Files.isDirectory(target)) {
        throw new IOException("it is a folder");
      }
      Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
      readableByAll(temporary);
      return temporary;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      throw notWritable(target, e);
    }
  }

  /** A temporary file is private (rw-------); the report is an ordinary file (rw-r--r--). */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static InvalidInputException notWritable(Path target, Exception e) {
    String why = e instanceof java.nio.file.NoSuchFileException ? "no such folder"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof UncheckedIOException u ? String.valueOf(u.getCause().getMessage()) : String.valueOf(e.getMessage());
    return InvalidInputException.of(Location.field("-o"), "report.cli.output_not_writable", target.toString(), why);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing more can be done; the file is named .NAME….part beside the target
    }
  }
}
