SELECT
  CAST(date_trunc('day', `day`) AS DATE) AS `period`,
  count(*) AS `visits`
FROM json.`/data/visits.json`
WHERE `day` IS NOT NULL
GROUP BY CAST(date_trunc('day', `day`) AS DATE)
ORDER BY 1

