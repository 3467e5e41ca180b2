SELECT
  (CAST(`created_at` AS DATE) - INTERVAL WEEKDAY(`created_at`) DAY) AS `period`,
  count(*) AS `leads`
FROM `crm`.`leads`
WHERE `created_at` IS NOT NULL
GROUP BY (CAST(`created_at` AS DATE) - INTERVAL WEEKDAY(`created_at`) DAY)
ORDER BY 1

SELECT
  (CAST(`closed_at` AS DATE) - INTERVAL WEEKDAY(`closed_at`) DAY) AS `period`,
  count(CASE WHEN `stage` = ? THEN 1 END) AS `won`
FROM `crm`.`leads`
WHERE `closed_at` IS NOT NULL
GROUP BY (CAST(`closed_at` AS DATE) - INTERVAL WEEKDAY(`closed_at`) DAY)
ORDER BY 1
-- $1 = WON (String)

