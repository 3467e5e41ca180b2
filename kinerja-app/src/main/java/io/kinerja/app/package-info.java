/** The {@code kinerja} application: the command line and the composition root of the runnable jar. */
package io.kinerja.app;
