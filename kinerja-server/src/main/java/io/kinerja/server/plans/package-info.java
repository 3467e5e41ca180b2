/**
 * Plans around a scorecard: initiatives (action plans on an indicator, with owner, dates, status, progress
 * and budget), alert rules and the alerts they raise when data changes (sent on to a webhook if one is
 * configured), and the organisation's units with their scorecards' results side by side.
 *
 * <p>May use the store, auth, audit, scorecards and results packages and the core; never the web layer.
 */
package io.kinerja.server.plans;
