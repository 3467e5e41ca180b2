SELECT
  CAST(date_trunc('year', `created_at`) AS DATE) AS `period`,
  count(DISTINCT `channel`) FILTER (WHERE `stage` = :p1) AS `won_channels`
FROM parquet.`/data/leads.parquet`
WHERE `created_at` IS NOT NULL
GROUP BY CAST(date_trunc('year', `created_at`) AS DATE)
ORDER BY 1
-- $1 = WON (String)

