/**
 * The commands of the {@code kinerja} command line , the choice of periods and language, and
 * the one place where failures become exit codes ({@link io.kinerja.app.cli.Outcome}).
 */
package io.kinerja.app.cli;
