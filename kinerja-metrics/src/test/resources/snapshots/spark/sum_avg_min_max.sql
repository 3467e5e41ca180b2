SELECT
  CAST(date_trunc('month', `closed_at`) AS DATE) AS `period`,
  sum(`deal_value`) FILTER (WHERE `stage` = :p1) AS `revenue`,
  avg(`deal_value`) FILTER (WHERE `stage` = :p2) AS `avg_deal`,
  min(`deal_value`) AS `min_deal`,
  max((`deal_value` * :p3) - :p4) AS `max_deal`
FROM parquet.`/data/deals.parquet`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(date_trunc('month', `closed_at`) AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = WON (String)
-- $3 = 1.1 (BigDecimal)
-- $4 = 5 (Long)

