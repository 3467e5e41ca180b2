SELECT
  MAKEDATE(YEAR(`created_at`), 1) AS `period`,
  CAST(`channel` AS CHAR) AS `channel`,
  count(*) AS `leads`,
  count(CASE WHEN `stage` = ? THEN 1 END) AS `won`
FROM `crm`.`leads`
WHERE `created_at` IS NOT NULL
GROUP BY MAKEDATE(YEAR(`created_at`), 1), CAST(`channel` AS CHAR)
ORDER BY 1, 2
-- $1 = WON (String)

