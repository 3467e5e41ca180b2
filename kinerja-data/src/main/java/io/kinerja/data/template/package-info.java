/**
 * The scorecard templates of the catalogue (DESIGN §8): working scorecards with their data files, kept as
 * resources of this module so that both the command line ({@code kinerja init}) and the server (a
 * scorecard created from a template) offer the same ones. Depends on the JDK and kinerja-core's text only.
 */
package io.kinerja.data.template;
