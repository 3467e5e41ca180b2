SELECT
  CAST(date_trunc('year', `created_at`) AS DATE) AS `period`,
  CAST(`channel` AS STRING) AS `channel`,
  count(*) AS `leads`,
  count(*) FILTER (WHERE `stage` = :p1) AS `won`
FROM parquet.`/data/leads.parquet`
WHERE `created_at` IS NOT NULL
GROUP BY CAST(date_trunc('year', `created_at`) AS DATE), CAST(`channel` AS STRING)
ORDER BY 1, 2
-- $1 = WON (String)

