SELECT
  CAST(date_trunc('week', `created_at`) AS DATE) AS `period`,
  count(*) AS `leads`
FROM parquet.`/data/leads.parquet`
WHERE `created_at` IS NOT NULL
GROUP BY CAST(date_trunc('week', `created_at`) AS DATE)
ORDER BY 1

SELECT
  CAST(date_trunc('week', `closed_at`) AS DATE) AS `period`,
  count(*) FILTER (WHERE `stage` = :p1) AS `won`
FROM parquet.`/data/leads.parquet`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(date_trunc('week', `closed_at`) AS DATE)
ORDER BY 1
-- $1 = WON (String)

