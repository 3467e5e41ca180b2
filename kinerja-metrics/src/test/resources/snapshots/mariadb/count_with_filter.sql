SELECT
  CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE) AS `period`,
  count(CASE WHEN (`stage` = ?) AND (`deal_value` > ?) THEN 1 END) AS `won`
FROM `crm`.`leads`
WHERE `closed_at` IS NOT NULL
GROUP BY CAST(DATE_FORMAT(`closed_at`, '%Y-%m-01') AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = 1000 (Long)

