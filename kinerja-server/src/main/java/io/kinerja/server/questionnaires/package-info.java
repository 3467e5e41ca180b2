/**
 * Likert questionnaires published as links: random tokens stored hashed, one response per link, and the
 * responses counted as the scorecard's survey answers for the period. Uses the store and the scorecards.
 */
package io.kinerja.server.questionnaires;
