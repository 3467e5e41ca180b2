SELECT
  (MAKEDATE(YEAR(`created_at`), 1) + INTERVAL (QUARTER(`created_at`) - 1) QUARTER) AS `period`,
  count(CASE WHEN (`stage` NOT IN (?, ?) AND (`closed_at` IS NULL OR (NOT (`closed_at` >= ?)))) AND (`created_at` < ?) THEN `lead_id` END) AS `open`
FROM `crm`.`leads`
WHERE `created_at` IS NOT NULL
GROUP BY (MAKEDATE(YEAR(`created_at`), 1) + INTERVAL (QUARTER(`created_at`) - 1) QUARTER)
ORDER BY 1
-- $1 = WON (String)
-- $2 = LOST (String)
-- $3 = 2025-06-01 (LocalDate)
-- $4 = 2026-01-01 (LocalDate)

