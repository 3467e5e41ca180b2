SELECT
  CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE) AS `period`,
  sum(CASE WHEN `stage` = ? THEN (TIMESTAMPDIFF(SECOND, `created_at`, coalesce(`closed_at`, ?)) / CAST(86400 AS DOUBLE)) END) AS `cycle_days_total`
FROM `crm`.`leads`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = 2025-12-31 (LocalDate)

