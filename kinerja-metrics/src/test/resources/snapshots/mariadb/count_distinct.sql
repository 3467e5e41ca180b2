SELECT
  MAKEDATE(YEAR(`created_at`), 1) AS `period`,
  count(DISTINCT `channel`) AS `channels`
FROM `crm`.`leads`
WHERE `created_at` IS NOT NULL
GROUP BY MAKEDATE(YEAR(`created_at`), 1)
ORDER BY 1

