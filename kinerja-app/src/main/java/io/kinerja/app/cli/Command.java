package io.kinerja.app.cli;

import java.io.PrintWriter;
import java.util.List;

/** One command of the {@code kinerja} command line. */
public interface Command {

  /** The command's name, as typed: {@code score}. */
  String name();

  /** A one-line summary and the usage text, in English (the options themselves are not translated). */
  String summary();

  String usage();

  /** Runs the command; returns the exit code. Bad input is thrown as InvalidInputException. */
  int run(List<String> args, PrintWriter out, PrintWriter err);
}
