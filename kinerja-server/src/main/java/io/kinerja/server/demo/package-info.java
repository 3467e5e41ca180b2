/**
 * {@code kinerja serve --demo}: the project's example cases loaded into the store, so that a newcomer
 * sees real results in one command. Uses the units and scorecards features as an admin would.
 */
package io.kinerja.server.demo;
