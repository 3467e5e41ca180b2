SELECT
  CAST(date_trunc('month', `closed_at`) AS DATE) AS `period`,
  count(*) FILTER (WHERE (`stage` = :p1) AND (`deal_value` > :p2)) AS `won`
FROM parquet.`/data/leads.parquet`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(date_trunc('month', `closed_at`) AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = 1000 (Long)

