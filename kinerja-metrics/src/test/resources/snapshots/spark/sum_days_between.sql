SELECT
  CAST(date_trunc('month', `closed_at`) AS DATE) AS `period`,
  sum(((unix_micros(CAST(coalesce(`closed_at`, :p1) AS TIMESTAMP)) - unix_micros(CAST(`created_at` AS TIMESTAMP))) / CAST(86400000000 AS DOUBLE))) FILTER (WHERE `stage` = :p2) AS `cycle_days_total`
FROM parquet.`/data/leads.parquet`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(date_trunc('month', `closed_at`) AS DATE)
ORDER BY 1
-- $1 = 2025-12-31 (LocalDate)
-- $2 = WON (String)

