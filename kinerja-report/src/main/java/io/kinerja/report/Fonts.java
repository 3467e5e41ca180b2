package io.kinerja.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font embedded in PDFs: DejaVu Sans (Debian {@code fonts-dejavu-core}) where the system has it,
 * found under the usual font folders or named by {@code KINERJA_PDF_FONT_DIR}; otherwise Liberation Sans,
 * which PDFBox ships in its own jar. Both cover Indonesian text and the signs the report uses (−, ≤, ÷).
 */
final class Fonts {

  static final String FAMILY = "DejaVu Sans";
  static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final List<String> FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
      "/usr/share/fonts/truetype", "/Library/Fonts", "C:\\Windows\\Fonts");

  static final String MONO = "DejaVu Sans Mono";

  /** DejaVu Sans, and where found beside it DejaVu Sans Bold and DejaVu Sans Mono. */
  record Found(Path regular, Path bold, Path mono) {}

  private static volatile Optional<Found> cached;

  private Fonts() {}

  static Optional<Found> dejaVu() {
    Optional<Found> known = cached;
    if (known == null) {
      known = search();
      cached = known;
    }
    return known;
  }

  private static Optional<Found> search() {
    String env = System.getenv("KINERJA_PDF_FONT_DIR");
    Stream<String> folders = env == null ? FOLDERS.stream() : Stream.concat(Stream.of(env), FOLDERS.stream());
    return folders.map(Path::of).filter(Files::isDirectory).map(Fonts::inFolder).flatMap(Optional::stream).findFirst();
  }

  private static Optional<Found> inFolder(Path folder) {
    Optional<Path> regular = find(folder, "DejaVuSans.ttf");
    return regular.map(r -> new Found(r, find(folder, "DejaVuSans-Bold.ttf").orElse(null),
        find(folder, "DejaVuSansMono.ttf").orElse(null)));
  }

  private static Optional<Path> find(Path folder, String name) {
    try (Stream<Path> files = Files.find(folder, 6, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(name))) {
      return files.findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static InputStream liberation() {
    InputStream in = Fonts.class.getResourceAsStream(LIBERATION);
    if (in == null) {
      throw new IllegalStateException("PDFBox's " + LIBERATION + " is missing from the class path");
    }
    return in;
  }
}
