package io.kinerja.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a user would from a shell, and keeps what it printed. */
record Cli(int exit, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(exit, out.toString(), err.toString());
  }
}
