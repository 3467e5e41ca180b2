SELECT
  CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE) AS `period`,
  sum(CASE WHEN `stage` = ? THEN `deal_value` END) AS `revenue`,
  avg(CASE WHEN `stage` = ? THEN CAST(`deal_value` AS DOUBLE) END) AS `avg_deal`,
  min(`deal_value`) AS `min_deal`,
  max((`deal_value` * ?) - ?) AS `max_deal`
FROM `deals`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = WON (String)
-- $3 = 1.1 (BigDecimal)
-- $4 = 5 (Long)

