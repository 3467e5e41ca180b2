SELECT
  CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE) AS `period`,
  sum(CAST(`deal_value` AS DOUBLE) / NULLIF(?, 0)) AS `thousands`
FROM `deals`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE)
ORDER BY 1
-- $1 = 1000 (Long)

