SELECT
  MAKEDATE(YEAR(`created_at`), 1) AS `period`,
  count(DISTINCT CASE WHEN `stage` = ? THEN `channel` END) AS `won_channels`
FROM `crm`.`leads`
WHERE `created_at` IS NOT NULL
GROUP BY MAKEDATE(YEAR(`created_at`), 1)
ORDER BY 1
-- $1 = WON (String)

