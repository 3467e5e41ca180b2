SELECT
  CAST(date_trunc('month', `closed_at`) AS DATE) AS `period`,
  sum(CAST(`deal_value` AS DOUBLE) / NULLIF(:p1, 0)) AS `thousands`
FROM parquet.`/data/deals.parquet`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(date_trunc('month', `closed_at`) AS DATE)
ORDER BY 1
-- $1 = 1000 (Long)

