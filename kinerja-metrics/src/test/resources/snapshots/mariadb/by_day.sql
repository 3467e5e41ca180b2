SELECT
  CAST(`day` AS DATE) AS `period`,
  count(*) AS `visits`
FROM `web`.`visits`
WHERE `day` IS NOT NULL
GROUP BY CAST(`day` AS DATE)
ORDER BY 1

