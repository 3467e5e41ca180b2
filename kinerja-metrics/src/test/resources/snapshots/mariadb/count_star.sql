SELECT
  CAST(DATE_FORMAT(`created_at`, '%Y-%m-01') AS DATE) AS `period`,
  count(*) AS `leads`
FROM `crm`.`leads`
WHERE `created_at` IS NOT NULL
GROUP BY CAST(DATE_FORMAT(`created_at`, '%Y-%m-01') AS DATE)
ORDER BY 1

