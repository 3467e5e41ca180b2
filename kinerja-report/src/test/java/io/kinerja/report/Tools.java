package io.kinerja.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside programs the heavy tests use (LibreOffice, Chromium, poppler). Where one is missing a test
 * is skipped on a developer's machine, and fails under CI (CI=true), where .ci/run installs them.
 */
final class Tools {

  private Tools() {}

  static String require(String program, String debianPackage) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(program + " is missing: .ci/run must install the Debian package " + debianPackage);
    }
    assumeTrue(false, program + " is not installed (Debian package " + debianPackage + ")");
    return null;
  }

  /** Runs a command to its end (within {@code seconds}) and returns its output; fails on a non-zero exit. */
  static String run(List<String> command, Path log, int seconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s: " + Files.readString(log));
    }
    String output = Files.readString(log);
    if (process.exitValue() != 0) {
      throw new AssertionError(command + " exited with " + process.exitValue() + ": " + output);
    }
    return output;
  }

  /**
   * Opens each workbook in LibreOffice with recalculation forced on load (it would otherwise show the
   * values a writer cached) and saves it again as XLSX into {@code out}, with the values it computed.
   */
  static List<Path> recalculate(List<Path> workbooks, Path out) throws IOException, InterruptedException {
    String soffice = require("soffice", "libreoffice-calc");
    Path profile = Files.createTempDirectory("kinerja-lo-profile");
    Files.createDirectories(profile.resolve("user"));
    Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>0</value></prop></item>
        </oor:items>
        """);
    Files.createDirectories(out);
    List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
        "--norestore", "--nolockcheck", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
    workbooks.forEach(w -> command.add(w.toString()));
    run(command, out.resolve("soffice.log"), 180);
    List<Path> converted = new ArrayList<>();
    for (Path w : workbooks) {
      Path c = out.resolve(w.getFileName());
      if (!Files.isRegularFile(c)) {
        throw new AssertionError("LibreOffice wrote no " + c + ": " + Files.readString(out.resolve("soffice.log")));
      }
      converted.add(c);
    }
    return converted;
  }
}
