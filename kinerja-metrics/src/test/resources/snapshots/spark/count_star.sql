SELECT
  CAST(date_trunc('month', `created_at`) AS DATE) AS `period`,
  count(*) AS `leads`
FROM parquet.`/data/leads.parquet`
WHERE `created_at` IS NOT NULL
GROUP BY CAST(date_trunc('month', `created_at`) AS DATE)
ORDER BY 1

