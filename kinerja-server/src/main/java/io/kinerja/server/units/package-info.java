/**
 * The organisation as a tree of units (company → division → unit → person); each unit has its
 * scorecards, and roles granted on a unit hold on its children. Uses the store, auth and audit.
 */
package io.kinerja.server.units;
